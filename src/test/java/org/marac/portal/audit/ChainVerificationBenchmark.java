package org.marac.portal.audit;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.BenchmarkData;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Measurement;
import org.marac.portal.support.PortalBenchmark;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the data protection officer's chain verification walks the generated log (a million entries at
 * the default scale; target: at least 100,000 entries a second). As a baseline in the same run, the same rows
 * are streamed without checking anything, which shows how much of the time is the database and how much the
 * hashing. Prints figures; always passes.
 */
@PortalBenchmark
class ChainVerificationBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 1);
    private static final int ROUNDS = Integer.getInteger("benchmark.verifications", 5);

    @Autowired
    ChainVerification verification;
    @Autowired
    BenchmarkData data;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void verifyingTheWholeChain() throws Exception {
        data.ensureGenerated(System.out);
        signIn.as(demo.get("dpo"));
        long entries = jdbc.queryForObject("SELECT COUNT(*) FROM processing_log", Long.class);
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);

        for (int i = 0; i < WARM_UP; i++) {
            verification.verify();
        }
        Measurement reading = new Measurement("  stream and read the rows, no hashing (baseline)");
        Measurement verifying = new Measurement("  ChainVerification.verify()");
        ChainVerification.Result result = null;
        for (int i = 0; i < ROUNDS; i++) {
            reading.time(() -> {
                long[] rows = {0};
                streaming.query("""
                        SELECT id, occurred_at, member_id, agency_id, operation, subject_type, subject_id, person_ids,
                            recipient_agency_id, detail, previous_hash, hash
                        FROM processing_log ORDER BY id""", row -> {
                    for (int column = 1; column <= 12; column++) {
                        row.getString(column);
                    }
                    rows[0]++;
                });
                return rows[0];
            });
            result = verifying.time(verification::verify);
        }
        System.out.printf(Locale.UK, "%n== Chain verification over %,d entries (%d warm-up + %d measured runs)%n",
                entries, WARM_UP, ROUNDS);
        System.out.println(reading.line());
        System.out.println(verifying.line());
        System.out.printf(Locale.UK, "  rate: %,.0f entries/s mean (%,.0f best); reading alone %,.0f entries/s; intact: %s, checked %,d; target at least 100,000 entries/s%n",
                entries / (verifying.mean() / 1000), entries / (verifying.min() / 1000), entries / (reading.mean() / 1000),
                result.intact(), result.checked());
    }
}
