package nl.bis.placements.incident;

import nl.bis.placements.api.model.Incident;
import nl.bis.placements.api.model.IncidentFollowUp;
import nl.bis.placements.api.model.IncidentFollowUpStatus;
import nl.bis.placements.api.model.IncidentKind;
import nl.bis.placements.api.model.IncidentKindCounts;
import nl.bis.placements.api.model.IncidentSummary;
import nl.bis.placements.api.model.IncidentSummaryHost;
import nl.bis.placements.common.Instants;
import nl.bis.placements.incident.IncidentRules.Kind;

/** Between the generated models of incidents and the incident entity and rules. */
final class IncidentMapper {

    private IncidentMapper() {
    }

    static Incident toApi(IncidentEntity incident) {
        return new Incident()
                .id(incident.id)
                .placementId(incident.placement.id)
                .studentNumber(incident.placement.student.studentNumber)
                .kind(IncidentKind.fromValue(incident.kind.name()))
                .occurredOn(incident.occurredOn)
                .location(incident.location)
                .description(incident.description)
                .followUp(incident.followUp == null ? null : new IncidentFollowUp()
                        .status(IncidentFollowUpStatus.fromValue(incident.followUp.name()))
                        .handledOn(incident.handledOn)
                        .note(incident.followUpNote)
                        .handledBy(incident.handledBy)
                        .handledAt(Instants.utc(incident.handledAt)))
                .reportedBy(incident.createdBy)
                .reportedAt(Instants.utc(incident.createdAt));
    }

    static Kind toKind(IncidentKind kind) {
        return Kind.valueOf(kind.name());
    }

    static IncidentSummary toApi(IncidentQueries.Summary summary) {
        return new IncidentSummary()
                .year(summary.year())
                .hosts(summary.hosts().stream().map(host -> new IncidentSummaryHost()
                        .countryCode(host.countryCode())
                        .hostInstitution(host.hostInstitution())
                        .counts(toApi(host.counts()))
                        .total(host.counts().total())).toList())
                .counts(toApi(summary.counts()))
                .total(summary.counts().total());
    }

    private static IncidentKindCounts toApi(IncidentRules.Counts counts) {
        return new IncidentKindCounts()
                .needlestickInjury(counts.of(Kind.NEEDLESTICK_INJURY))
                .illness(counts.of(Kind.ILLNESS))
                .accident(counts.of(Kind.ACCIDENT))
                .safety(counts.of(Kind.SAFETY))
                .other(counts.of(Kind.OTHER));
    }

}
