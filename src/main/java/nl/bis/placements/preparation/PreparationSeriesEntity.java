package nl.bis.placements.preparation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.bis.placements.common.CreatedEntity;

/** A tropical course: eight sessions created together. */
@Entity
@Table(name = "preparation_series")
public class PreparationSeriesEntity extends CreatedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
}
