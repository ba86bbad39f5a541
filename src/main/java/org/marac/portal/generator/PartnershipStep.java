package org.marac.portal.generator;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.marac.portal.generator.Force.AgencyInfo;
import org.marac.portal.generator.Force.AreaInfo;
import org.marac.portal.generator.Force.MemberInfo;
import org.marac.portal.generator.Vocabulary.Community;
import org.marac.portal.partner.AgencyType;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.ReferralModel;
import org.marac.portal.partner.Role;

/**
 * The force's partnership: the agencies, MARAC areas and members already in the database (the demo
 * partnership, normally) are used as they are; what a force of this scale has on top is added: the county's
 * other agencies, more areas (about 36 at full scale, so 3,000 meetings over ten years stay six-weekly) each
 * with a chair, enough practitioners and supervisors, and a data protection officer.
 */
final class PartnershipStep implements GenerationStep {

    /** Generated members belong to no identity provider: they cannot sign in, only appear in the data. */
    static final String ISSUER = "urn:marac:generated";
    private static final double[] WORKFORCE = {60, 8, 4, 6, 6, 5, 5, 2, 2, 1, 1};

    @Override
    public String title() {
        return "Partnership";
    }

    @Override
    public void generate(Force force, GenerationContext context) throws SQLException {
        SplittableRandom random = context.random("partnership");
        Progress.Step bar = context.bar(4, "parts");
        Instant joined = force.from.minusSeconds(90L * 86_400);
        readQuestionSet(force, context);

        Map<Long, AgencyInfo> agencies = readAgencies(context);
        GenerationContext.Rows agencyRows = context.rows("agency", "id", "version", "created_at", "modified_at", "name",
                "type", "sharing_agreement_signed", "sharing_agreement_review", "active");
        Map<String, AgencyInfo> byName = new HashMap<>();
        agencies.values().forEach(agency -> byName.put(agency.name, agency));
        for (Vocabulary.AgencySeed seed : Vocabulary.AGENCIES) {
            AgencyInfo agency = byName.get(seed.name());
            if (agency == null) {
                agency = new AgencyInfo(context.ids("agency", 1), seed.name(), seed.type());
                LocalDate signed = force.options.until().minusYears(1 + random.nextInt(3)).withDayOfMonth(1);
                agencyRows.row().add(agency.id).add(0).add(joined).add(joined).add(agency.name).add(agency.type)
                        .add(signed).add(signed.plusYears(3)).add(true).endRow();
                agencies.put(agency.id, agency);
            }
            agency.nominationWeight = seed.nominationWeight();
        }
        agencyRows.flush();
        for (AgencyInfo agency : agencies.values()) {
            if (agency.nominationWeight == 0 && agency.type != AgencyType.OTHER) {
                agency.nominationWeight = 2;
            }
            force.agencies.add(agency);
        }
        bar.advance(1);

        MemberWriter members = new MemberWriter(context, force, random, joined);
        readMembers(force, context, agencies);
        AgencyInfo communitySafety = force.agencies.stream().filter(a -> a.type == AgencyType.LOCAL_AUTHORITY)
                .findFirst().orElseThrow();
        int practitioners = force.scaled(450, 1);
        double totalWeight = force.agencies.stream().mapToDouble(a -> a.nominationWeight).sum();
        for (AgencyInfo agency : force.agencies) {
            if (agency.nominationWeight == 0) {
                continue;
            }
            int wanted = (int) Math.max(1, Math.round(practitioners * agency.nominationWeight / totalWeight));
            while (agency.practitioners.size() < wanted) {
                agency.practitioners.add(members.add(agency, EnumSet.of(Role.PRACTITIONER)));
            }
            int supervisors = Math.max(1, wanted / 6);
            while (agency.supervisors.size() < supervisors) {
                agency.supervisors.add(members.add(agency, agency.supervisors.isEmpty()
                        ? EnumSet.of(Role.SUPERVISOR, Role.AGENCY_LEAD) : EnumSet.of(Role.SUPERVISOR)));
            }
        }
        force.dataProtectionOfficer = force.members.stream().filter(m -> m.has(Role.DATA_PROTECTION_OFFICER))
                .findFirst().orElse(null);
        if (force.dataProtectionOfficer == null) {
            force.dataProtectionOfficer = members.add(communitySafety, EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        }
        bar.advance(1);

        readAreas(force, context);
        GenerationContext.Rows areaRows = context.rows("marac_area", "id", "version", "created_at", "modified_at", "name",
                "cadence_weeks", "chair_id", "referral_model", "escalation_incidents", "escalation_window_months");
        GenerationContext.Rows strandRows = context.rows("marac_area_local_strand", "area_id", "position", "strand");
        int wantedAreas = force.scaled(36, 2);
        Set<String> names = new HashSet<>();
        force.areas.forEach(area -> names.add(area.name));
        for (int n = 0; force.areas.size() < wantedAreas; n++) {
            String district = Vocabulary.DISTRICTS.get(n % Vocabulary.DISTRICTS.size())
                    + (n < Vocabulary.DISTRICTS.size() ? "" : " " + (n / Vocabulary.DISTRICTS.size() + 1));
            String name = "Northshire " + district;
            if (!names.add(name)) {
                continue;
            }
            AreaInfo area = new AreaInfo(context.ids("marac_area", 1), name, district);
            area.chair = members.add(communitySafety, EnumSet.of(Role.CHAIR));
            area.referralModel = random.nextBoolean() ? ReferralModel.OPT_IN : ReferralModel.OPT_OUT;
            area.escalationIncidents = 3;
            area.escalationWindowMonths = 12;
            List<String> strands = new ArrayList<>(Vocabulary.LOCAL_STRANDS);
            Collections.shuffle(strands, new java.util.Random(random.nextLong()));
            area.localStrands.addAll(strands.subList(0, 1 + random.nextInt(3)));
            areaRows.row().add(area.id).add(0).add(joined).add(joined).add(area.name).add(area.cadenceWeeks).add(area.chair.id())
                    .add(area.referralModel).add(area.escalationIncidents).add(area.escalationWindowMonths).endRow();
            for (int position = 0; position < area.localStrands.size(); position++) {
                strandRows.row().add(area.id).add(position).add(area.localStrands.get(position)).endRow();
            }
            force.areas.add(area);
        }
        for (AreaInfo area : force.areas) {
            if (area.chair == null) {
                // An area without a chair cannot decide nominations: give it one.
                area.chair = members.add(communitySafety, EnumSet.of(Role.CHAIR));
                long areaId = area.id;
                long chairId = area.chair.id();
                context.submit(c -> {
                    try (PreparedStatement update = c.prepareStatement("UPDATE marac_area SET chair_id = ? WHERE id = ?")) {
                        update.setLong(1, chairId);
                        update.setLong(2, areaId);
                        return update.executeUpdate();
                    }
                });
            }
        }
        areaRows.flush();
        strandRows.flush();
        members.flush();
        bar.advance(1);

        Set<String> memberships = context.call(c -> {
            Set<String> pairs = new HashSet<>();
            try (PreparedStatement query = c.prepareStatement("SELECT area_id, agency_id FROM marac_area_agency");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pairs.add(rows.getLong(1) + "/" + rows.getLong(2));
                }
            }
            return pairs;
        });
        GenerationContext.Rows membershipRows = context.rows("marac_area_agency", "area_id", "agency_id");
        for (AreaInfo area : force.areas) {
            for (AgencyInfo agency : force.agencies) {
                if (agency.type != AgencyType.OTHER && memberships.add(area.id + "/" + agency.id)) {
                    membershipRows.row().add(area.id).add(agency.id).endRow();
                }
                if (memberships.contains(area.id + "/" + agency.id)) {
                    area.memberAgencies.add(agency);
                }
            }
        }
        membershipRows.flush();
        placeAreas(force, random);
        bar.advance(1);
        bar.finish();
    }

    /** Wards, postcode districts and each area's share of the force's cases. */
    private static void placeAreas(Force force, SplittableRandom random) {
        List<String> outward = new ArrayList<>(Vocabulary.OUTWARD_CODES);
        int next = 0;
        for (int i = 0; i < force.areas.size(); i++) {
            AreaInfo area = force.areas.get(i);
            List<String> known = Vocabulary.KNOWN_WARDS.get(area.name);
            if (known != null) {
                area.wards.addAll(known);
            } else {
                List<String> suffixes = new ArrayList<>(Vocabulary.WARD_SUFFIXES);
                Collections.shuffle(suffixes, new java.util.Random(random.nextLong()));
                suffixes.subList(0, 8 + random.nextInt(5)).forEach(suffix -> area.wards.add(area.town + " " + suffix));
            }
            int codes = 2 + random.nextInt(3);
            for (int c = 0; c < codes; c++) {
                area.outwardCodes.add(outward.get(next++ % outward.size()));
            }
            // A few large towns and many smaller districts; the areas that exist already are the largest.
            area.weight = 1 / Math.pow(i + 1, 0.55);
        }
    }

    private static void readQuestionSet(Force force, GenerationContext context) throws SQLException {
        context.call(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id FROM risk_question_set WHERE active ORDER BY set_version DESC LIMIT 1");
                    ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("No active risk question set: is the database migrated?");
                }
                force.questionSetId = row.getLong(1);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id FROM risk_question WHERE question_set_id = ? ORDER BY number")) {
                query.setLong(1, force.questionSetId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            force.questionIds = ids.stream().mapToLong(Long::longValue).toArray();
            return null;
        });
    }

    private static Map<Long, AgencyInfo> readAgencies(GenerationContext context) throws SQLException {
        return context.call(c -> {
            Map<Long, AgencyInfo> agencies = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, name, type FROM agency WHERE active ORDER BY id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    agencies.put(rows.getLong(1), new AgencyInfo(rows.getLong(1), rows.getString(2),
                            AgencyType.valueOf(rows.getString(3))));
                }
            }
            return agencies;
        });
    }

    private static void readMembers(Force force, GenerationContext context, Map<Long, AgencyInfo> agencies)
            throws SQLException {
        context.call(c -> {
            Map<Long, Set<Role>> roles = new LinkedHashMap<>();
            Map<Long, String> names = new HashMap<>();
            Map<Long, Long> agencyOf = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT m.id, m.display_name, m.agency_id, r.role FROM member m JOIN member_role r ON r.member_id = m.id
                    WHERE m.status = ? AND m.agency_id IS NOT NULL ORDER BY m.id, r.role
                    """)) {
                query.setString(1, MemberStatus.ACTIVE.name());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rows.getString(4)));
                        names.put(id, rows.getString(2));
                        agencyOf.put(id, rows.getLong(3));
                    }
                }
            }
            roles.forEach((id, held) -> {
                AgencyInfo agency = agencies.get(agencyOf.get(id));
                if (agency == null) {
                    return;
                }
                MemberInfo member = new MemberInfo(id, names.get(id), agency, held);
                force.members.add(member);
                if (held.contains(Role.PRACTITIONER)) {
                    agency.practitioners.add(member);
                }
                if (held.contains(Role.SUPERVISOR)) {
                    agency.supervisors.add(member);
                }
            });
            return null;
        });
    }

    private static void readAreas(Force force, GenerationContext context) throws SQLException {
        context.call(c -> {
            Map<Long, MemberInfo> members = new HashMap<>();
            force.members.forEach(member -> members.put(member.id(), member));
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT id, name, chair_id, referral_model, escalation_incidents, escalation_window_months, cadence_weeks
                    FROM marac_area ORDER BY id
                    """); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(2);
                    AreaInfo area = new AreaInfo(rows.getLong(1), name, name.replaceFirst("^Northshire ", ""));
                    long chair = rows.getLong(3);
                    area.chair = rows.wasNull() ? null : members.get(chair);
                    area.referralModel = ReferralModel.valueOf(rows.getString(4));
                    area.escalationIncidents = rows.getInt(5);
                    area.escalationWindowMonths = rows.getInt(6);
                    area.cadenceWeeks = rows.getInt(7);
                    force.areas.add(area);
                }
            }
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT area_id, strand FROM marac_area_local_strand ORDER BY area_id, position");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long areaId = rows.getLong(1);
                    String strand = rows.getString(2);
                    force.areas.stream().filter(a -> a.id == areaId).findFirst()
                            .ifPresent(area -> area.localStrands.add(strand));
                }
            }
            return null;
        });
    }

    /** Writes generated members and their roles. */
    private static final class MemberWriter {
        private final GenerationContext context;
        private final Force force;
        private final SplittableRandom random;
        private final Instant joined;
        private final GenerationContext.Rows members;
        private final GenerationContext.Rows roles;

        MemberWriter(GenerationContext context, Force force, SplittableRandom random, Instant joined) {
            this.context = context;
            this.force = force;
            this.random = random;
            this.joined = joined;
            this.members = context.rows("member", "id", "version", "created_at", "modified_at", "issuer", "subject",
                    "display_name", "email", "agency_id", "status", "last_login_at");
            this.roles = context.rows("member_role", "member_id", "role");
        }

        MemberInfo add(AgencyInfo agency, Set<Role> held) throws SQLException {
            long id = context.ids("member", 1);
            Community community = Community.values()[Vocabulary.weighted(random, WORKFORCE)];
            boolean female = random.nextDouble() < 0.62;
            String given = Vocabulary.pick(random, female ? community.femaleNames : community.maleNames);
            String family = Vocabulary.pick(random, community.familyNames);
            String domain = agency.name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-")
                    .replaceAll("(^-|-$)", "");
            String email = (given + "." + family).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "") + id
                    + "@" + domain + ".example.org";
            Instant lastLogin = force.until.minusSeconds(3600L + random.nextInt(30 * 86_400));
            members.row().add(id).add(0).add(joined).add(joined).add(ISSUER).add("generated-" + id)
                    .add(given + " " + family).add(email).add(agency.id).add(MemberStatus.ACTIVE).add(lastLogin).endRow();
            for (Role role : held) {
                roles.row().add(id).add(role).endRow();
            }
            MemberInfo member = new MemberInfo(id, given + " " + family, agency, Set.copyOf(held));
            force.members.add(member);
            return member;
        }

        void flush() {
            members.flush();
            roles.flush();
        }
    }
}
