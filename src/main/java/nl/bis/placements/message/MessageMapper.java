package nl.bis.placements.message;

import nl.bis.placements.api.model.Message;
import nl.bis.placements.api.model.MessagePage;
import nl.bis.placements.api.model.MessagePreferences;
import nl.bis.placements.common.Instants;

/** Messages as the contract writes them. */
final class MessageMapper {

    private MessageMapper() {
    }

    static Message toApi(OutboxMessageEntity m) {
        return new Message()
                .id(m.id)
                .messageId(m.messageId)
                .kind(nl.bis.placements.api.model.MessageKind.fromValue(m.kind.name()))
                .studentNumber(m.studentNumber)
                .placementId(m.placementId)
                .eventId(m.eventId)
                .recipient(m.recipient)
                .locale(Message.LocaleEnum.fromValue(m.locale))
                .subject(m.subject)
                .bodyText(m.bodyText)
                .status(nl.bis.placements.api.model.MessageStatus.fromValue(m.status.name()))
                .attempts(m.attempts)
                .nextAttemptAt(m.status == MessageStatus.PENDING ? Instants.utc(m.nextAttemptAt) : null)
                .lastError(m.lastError)
                .createdAt(Instants.utc(m.createdAt))
                .sentAt(Instants.utc(m.sentAt));
    }

    static MessagePage toApi(MessageQueries.Page page) {
        return new MessagePage()
                .items(page.items().stream().map(MessageMapper::toApi).toList())
                .page(page.page())
                .size(page.size())
                .totalItems(page.totalItems())
                .totalPages(page.totalPages());
    }

    static MessagePreferences toApi(MessageService.Preferences preferences) {
        return new MessagePreferences()
                .locale(preferences.locale() == null ? null
                        : MessagePreferences.LocaleEnum.fromValue(preferences.locale()))
                .reminders(preferences.reminders());
    }
}
