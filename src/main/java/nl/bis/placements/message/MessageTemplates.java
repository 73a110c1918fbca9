package nl.bis.placements.message;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Renders a message from its Qute templates: {@code templates/messages/<kind>.<locale>.txt} gives the subject and the
 * plain text, and one shared layout ({@code messages/layout.html}, which escapes everything it is given) wraps the
 * text's paragraphs into the HTML part, so the two parts always say the same.
 */
@ApplicationScoped
public class MessageTemplates {

    public record Rendered(String subject, String text, String html) {
    }

    @Inject
    Engine engine;

    public Rendered render(MessageKind kind, String locale, Map<String, Object> data) {
        String name = "messages/" + kind.templateName() + "." + locale + ".txt";
        Template template = engine.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("No message template " + name);
        }
        MessageText.Parts parts = MessageText.parse(template.data(data).render());
        String html = engine.getTemplate("messages/layout.html")
                .data("subject", parts.subject())
                .data("locale", locale)
                .data("paragraphs", MessageText.paragraphs(parts.body()))
                .render();
        return new Rendered(parts.subject(), parts.body(), html);
    }
}
