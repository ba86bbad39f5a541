package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One safeguarding measure of the risk management plan: what, who, by when. */
@Embeddable
public class PlanItem {

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.max1000}")
    @Column(nullable = false, length = 1000)
    private String measure;

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.max150}")
    @Column(nullable = false, length = 150)
    private String owner;

    @Column
    private LocalDate due;

    protected PlanItem() {
    }

    public PlanItem(String measure, String owner, LocalDate due) {
        this.measure = measure;
        this.owner = owner;
        this.due = due;
    }

    public String getMeasure() { return measure; }
    public String getOwner() { return owner; }
    public LocalDate getDue() { return due; }
}
