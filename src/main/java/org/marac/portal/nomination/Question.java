package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.marac.portal.base.AbstractEntity;

/** One question of a risk assessment question set. */
@Entity
@Table(name = "risk_question")
public class Question extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_set_id", nullable = false)
    private QuestionSet questionSet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private QuestionSection section;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String text;

    protected Question() {
    }

    public QuestionSection getSection() { return section; }
    public int getNumber() { return number; }
    public String getText() { return text; }
}
