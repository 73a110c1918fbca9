package nl.bis.placements.usmleclaim;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One amount of a claim, as stored: in minor units of its ISO 4217 currency. */
@Embeddable
public class LineItem {

    @Enumerated(EnumType.STRING)
    public CostKind kind;

    public String description;

    public long amount;

    public String currency;

    static LineItem of(UsmleClaimRules.Item item) {
        LineItem line = new LineItem();
        line.kind = item.kind();
        line.description = item.description();
        line.amount = item.amount();
        line.currency = item.currency();
        return line;
    }

    UsmleClaimRules.Item item() {
        return new UsmleClaimRules.Item(kind, description, amount, currency);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineItem that && Objects.equals(item(), that.item());
    }

    @Override
    public int hashCode() {
        return item().hashCode();
    }
}
