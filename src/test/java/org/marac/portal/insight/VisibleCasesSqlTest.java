package org.marac.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.insight.internal.Population;
import org.marac.portal.insight.internal.SqlCondition;
import org.marac.portal.insight.internal.VisibleCasesSql;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures count cases through a SQL form of the sharing policy; for every member, it selects exactly the
 * cases the policy's own predicate selects. The data covers each branch: nominated by the agency, shared and
 * open, shared but closed, share ended, the chair's areas (drafts excluded), and a member who both chairs and
 * practises.
 */
@PortalTest
@Transactional
class VisibleCasesSqlTest {

    @Autowired
    InsightFixture fixture;
    @Autowired
    CaseAccessPolicy policy;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @PersistenceContext
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theSqlSelectsExactlyTheCasesThePolicySelectsForEveryMember() {
        fixture.build();
        List<Member> members = everyMember();
        int nonEmpty = 0;
        for (Member member : members) {
            signIn.as(member);
            PortalUser user = PortalUser.require();
            TreeSet<Long> byPolicy = byPolicy(user);
            SqlCondition visible = VisibleCasesSql.visibleTo(user);
            TreeSet<Long> bySql = new TreeSet<>(jdbc.queryForList("SELECT c.id FROM" + Population.CASES + "WHERE " + visible.sql(),
                    Long.class, visible.arguments()));
            assertThat(bySql).as("cases visible to %s", member.getDisplayName()).isEqualTo(byPolicy);
            if (!byPolicy.isEmpty()) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("members who see some cases").isGreaterThan(8);
    }

    /** The live meeting lets one member's admission to a case answer for others of the same viewpoint. */
    @Test
    void membersWithTheSameViewpointSeeTheSameCases() {
        fixture.build();
        List<Member> members = everyMember();
        java.util.Map<CaseAccessPolicy.Viewpoint, TreeSet<Long>> seenFrom = new java.util.HashMap<>();
        java.util.Map<CaseAccessPolicy.Viewpoint, java.util.Set<String>> sharedBy = new java.util.HashMap<>();
        for (Member member : members) {
            signIn.as(member);
            PortalUser user = PortalUser.require();
            CaseAccessPolicy.Viewpoint viewpoint = policy.viewpoint(user);
            TreeSet<Long> visible = byPolicy(user);
            TreeSet<Long> other = seenFrom.putIfAbsent(viewpoint, visible);
            if (other != null) {
                assertThat(visible).as("cases visible to %s, who shares a viewpoint", member.getDisplayName()).isEqualTo(other);
            }
            sharedBy.computeIfAbsent(viewpoint, v -> new java.util.HashSet<>()).add(user.getRoles().toString());
        }
        assertThat(sharedBy.values()).as("viewpoints shared by members of different roles")
                .anyMatch(roles -> roles.size() > 1);
    }

    @Test
    void eachBranchOfThePolicyIsExercised() {
        fixture.build();
        signIn.as(fixture.housing1);
        TreeSet<Long> housing = byPolicy(PortalUser.require());
        assertThat(housing).contains(fixture.caseIds.get(3), fixture.caseIds.get(5)).doesNotContain(fixture.caseIds.get(7));
        signIn.as(fixture.council1);
        TreeSet<Long> council = byPolicy(PortalUser.require());
        assertThat(council).contains(fixture.caseIds.get(13), fixture.caseIds.get(23)).doesNotContain(fixture.caseIds.get(8));
        signIn.as(fixture.chair);
        TreeSet<Long> chair = byPolicy(PortalUser.require());
        assertThat(chair).contains(fixture.caseIds.get(7)).doesNotContain(fixture.caseIds.get(21), fixture.caseIds.get(22));
        signIn.as(fixture.chairAndPractitioner);
        TreeSet<Long> both = byPolicy(PortalUser.require());
        assertThat(both).contains(fixture.caseIds.get(22), fixture.caseIds.get(5)).doesNotContain(fixture.caseIds.get(23));
    }

    /** The fixture's members and every demo member, of every role. */
    private List<Member> everyMember() {
        List<Member> members = new ArrayList<>(fixture.members());
        for (String username : List.of("chair", "chair2", "police", "police-lead", "housing", "housing-sup", "asb", "yos",
                "victim-support", "trc", "scrutiny-chair", "scrutiny", "dpo", "admin")) {
            members.add(demo.get(username));
        }
        return members;
    }

    private TreeSet<Long> byPolicy(PortalUser user) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<MaracCase> root = query.from(MaracCase.class);
        query.select(root.get("id")).where(policy.visibleTo(user).toPredicate(root, query, cb));
        return new TreeSet<>(entityManager.createQuery(query).getResultList());
    }
}
