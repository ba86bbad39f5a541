package org.marac.portal.generator;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.marac.portal.generator.Force.CasePlan;
import org.marac.portal.nomination.IncidentKind;
import org.marac.portal.nomination.PerceivedBy;
import org.marac.portal.nomination.ReportingRoute;
import org.marac.portal.nomination.Strand;

/**
 * Each case's incidents, at the times the case step planned: hate flags (the case's strands, sometimes an
 * area's local strand), the ward (a few hotspots in each area), crime or incident, how it was reported (police
 * mostly; partners, third-party centres and True Vision online), online share by strand and by event, whose
 * perception, and the victim's own words.
 */
final class IncidentStep implements GenerationStep {

    private static final double[] ROUTES = {66, 10, 10, 14};
    private static final double[] PERCEIVED = {84, 8, 6, 2};

    @Override
    public String title() {
        return "Incidents";
    }

    @Override
    public void generate(Force force, GenerationContext context) throws SQLException {
        long total = force.cases.stream().mapToLong(c -> c.incidentTimes.length).sum();
        Progress.Step bar = context.bar(total, "incidents");
        SplittableRandom random = context.random("incidents");
        long nextId = context.ids("incident", total);
        GenerationContext.Rows incidents = context.rows("incident", "id", "version", "created_at", "modified_at",
                "case_id", "occurred_at", "place", "ward", "description", "kind", "crime_reference", "reporting_route",
                "reporting_centre", "religion", "cyber_enabled", "perceived_by", "victim_words");
        GenerationContext.Rows strands = context.rows("incident_strand", "incident_id", "strand");
        GenerationContext.Rows localStrands = context.rows("incident_local_strand", "incident_id", "strand");
        for (CasePlan plan : force.cases) {
            double[] wardWeights = new double[plan.area.wards.size()];
            for (int w = 0; w < wardWeights.length; w++) {
                wardWeights[w] = 1 / Math.pow(w + 1, 0.8);
            }
            String ward = plan.area.wards.get(Vocabulary.weighted(random, wardWeights));
            boolean secondaryShown = false;
            for (int n = 0; n < plan.incidentTimes.length; n++) {
                long id = nextId++;
                Instant occurred = Instant.ofEpochSecond(plan.incidentTimes[n]);
                boolean cyber = Vocabulary.chance(random, plan.cyberShare);
                ReportingRoute route = ReportingRoute.values()[Vocabulary.weighted(random, ROUTES)];
                if (cyber && Vocabulary.chance(random, 0.3)) {
                    route = ReportingRoute.ONLINE_TRUE_VISION;
                }
                IncidentKind kind = Vocabulary.chance(random, 0.72) ? IncidentKind.CRIME : IncidentKind.INCIDENT;
                boolean withSecondary = plan.secondaryStrand != null
                        && (Vocabulary.chance(random, 0.7) || (!secondaryShown && n == plan.incidentTimes.length - 1));
                secondaryShown |= withSecondary;
                boolean religion = plan.primaryStrand == Strand.RELIGION || (withSecondary && plan.secondaryStrand == Strand.RELIGION);
                String crimeReference = kind == IncidentKind.CRIME && route != ReportingRoute.THIRD_PARTY_CENTRE
                        && Vocabulary.chance(random, 0.85)
                        ? "NS/%02d/%06d".formatted(occurred.atZone(Calendar.UK).getYear() % 100, random.nextInt(1_000_000)) : null;
                incidents.row().add(id).add(0).add(plan.created).add(plan.created).add(plan.id).add(occurred)
                        .add(cyber ? Vocabulary.pick(random, List.of("Online (social media)", "Online (messaging app)", "Online (gaming platform)"))
                                : Vocabulary.pick(random, Vocabulary.PLACES))
                        .add(cyber ? null : Vocabulary.chance(random, 0.85) ? ward : Vocabulary.pick(random, plan.area.wards))
                        .add(cyber ? online(plan.primaryStrand) : Vocabulary.pick(random, Vocabulary.DESCRIPTIONS.get(plan.primaryStrand)))
                        .add(kind).add(crimeReference).add(route)
                        .add(route == ReportingRoute.THIRD_PARTY_CENTRE ? centre(plan, random) : null)
                        .add(religion ? plan.religion : null).add(cyber)
                        .add(PerceivedBy.values()[Vocabulary.weighted(random, PERCEIVED)])
                        .add(Vocabulary.chance(random, 0.6) ? Vocabulary.pick(random, Vocabulary.VICTIM_WORDS) : null).endRow();
                strands.row().add(id).add(plan.primaryStrand).endRow();
                if (withSecondary) {
                    strands.row().add(id).add(plan.secondaryStrand).endRow();
                }
                if (plan.localStrand != null) {
                    localStrands.row().add(id).add(plan.localStrand).endRow();
                }
                bar.advance(1);
            }
        }
        incidents.flush();
        strands.flush();
        localStrands.flush();
        bar.finish();
    }

    private static String online(Strand strand) {
        String about = switch (strand) {
            case RACE -> "their race";
            case RELIGION -> "their faith";
            case SEXUAL_ORIENTATION -> "their sexuality";
            case TRANSGENDER -> "their gender identity";
            case DISABILITY -> "their disability";
        };
        return "Abusive and threatening messages sent to the victim online, referring to " + about + ".";
    }

    private static String centre(CasePlan plan, SplittableRandom random) {
        if ("Muslim".equals(plan.religion) && random.nextBoolean()) {
            return "Tell MAMA";
        }
        if ("Jewish".equals(plan.religion) && random.nextBoolean()) {
            return "Community Security Trust";
        }
        return switch (plan.primaryStrand) {
            case SEXUAL_ORIENTATION, TRANSGENDER -> random.nextBoolean() ? "Northshire LGBT+ Switchboard" : Vocabulary.REPORTING_CENTRES.getFirst();
            case DISABILITY -> random.nextBoolean() ? "Disability Northshire advice centre" : Vocabulary.REPORTING_CENTRES.getFirst();
            default -> Vocabulary.REPORTING_CENTRES.getFirst();
        };
    }
}
