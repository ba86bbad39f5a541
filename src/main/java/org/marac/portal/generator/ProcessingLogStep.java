package org.marac.portal.generator;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.marac.portal.audit.BulkChainWriter;
import org.marac.portal.audit.LogSearch;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.generator.Force.AgencyInfo;
import org.marac.portal.generator.Force.AreaInfo;
import org.marac.portal.generator.Force.CasePlan;
import org.marac.portal.generator.Force.MemberInfo;
import org.marac.portal.nomination.RiskLevel;

/**
 * The processing log, last: the events the other steps registered, plus the everyday reading that makes up
 * most of a real log (about 10 million entries at full scale): practitioners and chairs opening cases while
 * they are worked on, list pages showing a page of cases each, and the data protection officer's subject
 * access requests and log exports. All are put in time order and appended through the audit module's
 * {@link BulkChainWriter}, so the chain is exactly what the portal would have written and verifies.
 */
final class ProcessingLogStep implements GenerationStep {

    /** Rows a list page shows (a lazy grid's page). */
    static final int PAGE = 20;
    private static final int BATCH = 50_000;

    @Override
    public String title() {
        return "Processing log";
    }

    @Override
    public void generate(Force force, GenerationContext context) throws SQLException {
        SplittableRandom random = context.random("reading");
        LogEvents log = force.log;
        List<CasePlan> cases = force.cases;
        Map<AgencyInfo, List<CasePlan>> byAgency = new HashMap<>();
        Map<AreaInfo, List<CasePlan>> byArea = new HashMap<>();
        for (CasePlan plan : cases) {
            byAgency.computeIfAbsent(plan.agency, a -> new ArrayList<>()).add(plan);
            byArea.computeIfAbsent(plan.area, a -> new ArrayList<>()).add(plan);
        }
        Map<AgencyInfo, List<MemberInfo>> workers = new HashMap<>();
        force.agencies.forEach(agency -> workers.put(agency, agency.caseWorkers()));
        List<AgencyInfo> agencies = force.agencies.stream().filter(a -> byAgency.containsKey(a) && !workers.get(a).isEmpty()).toList();
        List<AreaInfo> areas = force.areas.stream().filter(byArea::containsKey).toList();

        int consulted = log.kind((ref, at, r) -> {
            CasePlan plan = cases.get(ref);
            MemberInfo member = plan.visibleToChairAt(at) && r.nextDouble() < 0.35 ? plan.area.chair
                    : Vocabulary.pick(r, workers.get(plan.agency));
            return CaseStep.caseEntry(plan, at, member, ProcessingOperation.CONSULTATION, null);
        });
        int agencyList = log.kind((ref, at, r) -> {
            AgencyInfo agency = agencies.get(ref);
            return page(newest(byAgency.get(agency), at, plan -> true), at, Vocabulary.pick(r, workers.get(agency)));
        });
        int chairList = log.kind((ref, at, r) -> {
            AreaInfo area = areas.get(ref);
            return page(newest(byArea.get(area), at, plan -> plan.visibleToChairAt(at)), at, area.chair);
        });
        MemberInfo dpo = force.dataProtectionOfficer;
        int accessSearch = log.kind((ref, at, r) -> new BulkChainWriter.Item(at, dpo.id(), dpo.agency().id,
                ProcessingOperation.CONSULTATION, "SUBJECT_ACCESS_SEARCH", null, samePerson(cases.get(ref)), null,
                "subject access search"));
        int accessExport = log.kind((ref, at, r) -> new BulkChainWriter.Item(at, dpo.id(), dpo.agency().id,
                ProcessingOperation.DISCLOSURE, "SUBJECT_ACCESS", cases.get(ref).victim.id(), samePerson(cases.get(ref)),
                dpo.agency().id, "subject access export"));
        int logExport = log.kind((ref, at, r) -> new BulkChainWriter.Item(at, dpo.id(), dpo.agency().id,
                ProcessingOperation.DISCLOSURE, "LOG_EXPORT", null, cases.get(ref).personIds(), dpo.agency().id,
                "processing log export: " + new LogSearch.Filter(null, null, null, cases.get(ref).id, null, null, null)));

        long target = Math.max(force.scaled(10_000_000, 0), log.size());
        int lists = (int) Math.round(target * 0.015);
        int requests = Math.min(force.scaled(1_200, 1), cases.size());
        int exports = Math.min(force.scaled(600, 1), cases.size());
        long reading = Math.max(0, target - log.size() - lists - 2L * requests - exports);

        addConsultations(force, consulted, reading, random);
        for (int n = 0; n < lists; n++) {
            boolean chair = random.nextDouble() < 0.4 && !areas.isEmpty();
            int ref = chair ? random.nextInt(areas.size()) : random.nextInt(agencies.size());
            List<CasePlan> own = chair ? byArea.get(areas.get(ref)) : byAgency.get(agencies.get(ref));
            CasePlan around = own.get(random.nextInt(own.size()));
            Instant at = Calendar.workingMomentAround(around.created.plusSeconds((long) (random.nextDouble() * 45 * CaseStep.DAY)), random);
            log.add(chair ? chairList : agencyList, at, ref);
        }
        for (int n = 0; n < requests; n++) {
            CasePlan plan = cases.get(random.nextInt(cases.size()));
            Instant at = Calendar.workingMomentAround(plan.created.plusSeconds((long) ((30 + random.nextDouble() * 700) * CaseStep.DAY)), random);
            log.add(accessSearch, at, plan.index);
            log.add(accessExport, at.plusSeconds(300 + random.nextInt(1200)), plan.index);
        }
        for (int n = 0; n < exports; n++) {
            CasePlan plan = cases.get(random.nextInt(cases.size()));
            log.add(logExport, Calendar.workingMomentAround(plan.created.plusSeconds((long) ((10 + random.nextDouble() * 400) * CaseStep.DAY)), random), plan.index);
        }

        SecondaryIndexes setAside = context.call(SecondaryIndexes::setAsideIfEmpty);
        try {
            write(force, context, random);
        } finally {
            if (setAside != null) {
                Progress.Step bar = context.bar(setAside.count(), "log indexes rebuilt");
                context.callEvenAfterFailure(setAside::restore);
                bar.advance(setAside.count());
                bar.finish();
            }
        }
    }

    /** Opening cases while they are worked on: most in the first weeks, more for high risk and accepted cases. */
    private static void addConsultations(Force force, int kind, long total, SplittableRandom random) {
        List<CasePlan> cases = force.cases;
        double[] weights = new double[cases.size()];
        double sum = 0;
        for (CasePlan plan : cases) {
            double days = Math.max(1, (plan.activeUntil(force.until).getEpochSecond() - plan.created.getEpochSecond()) / (double) CaseStep.DAY);
            weights[plan.index] = Math.pow(days, 0.6) * (plan.endorsedRisk == RiskLevel.HIGH ? 1.5 : 1) * (plan.accepted ? 2 : 1);
            sum += weights[plan.index];
        }
        double running = 0;
        long given = 0;
        for (CasePlan plan : cases) {
            running += weights[plan.index];
            long upTo = plan.index == cases.size() - 1 ? total : (long) Math.floor(total * running / sum);
            long count = upTo - given;
            given = upTo;
            long start = plan.created.getEpochSecond() + 300;
            long span = Math.max(CaseStep.DAY, plan.activeUntil(force.until).getEpochSecond() - start);
            for (long n = 0; n < count; n++) {
                Instant at = Instant.ofEpochSecond(start + (long) (span * Math.pow(random.nextDouble(), 1.8)));
                force.log.add(kind, Calendar.workingMomentAround(at, random), plan.index);
            }
        }
    }

    /** The newest cases (by creation) a list showed at that moment, as the list pages sort them. */
    private static List<CasePlan> newest(List<CasePlan> ordered, Instant at, java.util.function.Predicate<CasePlan> visible) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (!ordered.get(middle).created.isAfter(at)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<CasePlan> shown = new ArrayList<>(PAGE);
        for (int i = low - 1, scanned = 0; i >= 0 && shown.size() < PAGE && scanned < PAGE * 20; i--, scanned++) {
            if (visible.test(ordered.get(i))) {
                shown.add(ordered.get(i));
            }
        }
        return shown;
    }

    /** A list page logs, in one entry, every case and person it showed (NominationService.shown). */
    private static BulkChainWriter.Item page(List<CasePlan> shown, Instant at, MemberInfo member) {
        if (shown.isEmpty()) {
            return null;
        }
        List<Long> people = new ArrayList<>();
        shown.forEach(plan -> people.addAll(plan.personIds()));
        return new BulkChainWriter.Item(at, member.id(), member.agency().id, ProcessingOperation.CONSULTATION,
                "CASE_LIST", null, people, null,
                "cases " + shown.stream().map(plan -> String.valueOf(plan.id)).collect(Collectors.joining(",")));
    }

    /** The victim and the earlier record confirmed as the same person. */
    private static List<Long> samePerson(CasePlan plan) {
        return plan.isRepeat() ? List.of(plan.victim.id(), plan.repeatOf.victim.id()) : List.of(plan.victim.id());
    }

    /** Renders the events in time order and appends them to the chain, a batch per transaction. */
    private static void write(Force force, GenerationContext context, SplittableRandom random) throws SQLException {
        LogEvents log = force.log;
        log.sort();
        Progress.Step bar = context.bar(log.size(), "log entries");
        AtomicLong people = new AtomicLong();
        long previousSecond = -1;
        int previousMicro = -1;
        List<BulkChainWriter.Item> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < log.size(); i++) {
            long second = log.second(i);
            int micro = random.nextInt(1_000_000);
            if (second == previousSecond && micro <= previousMicro) {
                micro = Math.min(previousMicro + 1, 999_999);
            }
            previousSecond = second;
            previousMicro = micro;
            Instant at = log.origin().plusSeconds(second).plusNanos(micro * 1000L);
            BulkChainWriter.Item item = log.render(i, at, random);
            if (item == null) {
                bar.advance(1);
                continue;
            }
            people.addAndGet(item.personIds().size());
            batch.add(item);
            if (batch.size() == BATCH) {
                append(force, context, batch, bar);
                batch = new ArrayList<>(BATCH);
            }
        }
        append(force, context, batch, bar);
        context.drain();
        context.countRows("processing_log_person", people.get());
        log.clear();
        bar.finish();
    }

    private static void append(Force force, GenerationContext context, List<BulkChainWriter.Item> batch, Progress.Step bar) {
        if (batch.isEmpty()) {
            return;
        }
        context.submit(c -> {
            BulkChainWriter.Appended appended = BulkChainWriter.append(c, batch);
            force.chainHead = appended.head();
            context.countRows("processing_log", appended.entries());
            bar.advance(batch.size());
            return appended;
        });
    }
}
