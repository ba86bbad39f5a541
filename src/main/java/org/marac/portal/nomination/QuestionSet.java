package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.marac.portal.base.AbstractEntity;

/** A versioned set of risk assessment questions, kept as data: a new version is a new set. */
@Entity
@Table(name = "risk_question_set")
public class QuestionSet extends AbstractEntity {

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "set_version", nullable = false)
    private int setVersion;

    @Column(nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "questionSet", fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<Question> questions = new ArrayList<>();

    protected QuestionSet() {
    }

    public String getName() { return name; }
    public int getSetVersion() { return setVersion; }
    public boolean isActive() { return active; }
    public List<Question> getQuestions() { return questions; }
}
