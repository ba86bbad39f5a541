package org.marac.portal.generator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.marac.portal.generator.Vocabulary.Community;
import org.marac.portal.nomination.Strand;

/**
 * When things happen: nominations rise over the decade (recorded hate crime in England and Wales roughly
 * doubled), peak in summer, come on working days, and jump after national events that are followed by
 * waves of hate crime against particular communities.
 */
final class Calendar {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** A national event followed by a rise in hate crime against some communities, decaying over weeks. */
    record Spike(String name, LocalDate date, double rise, int decayDays, Strand strand, List<Community> communities,
            double cyberShare) {
    }

    static final List<Spike> SPIKES = List.of(
            new Spike("EU referendum result", LocalDate.of(2016, 6, 24), 0.6, 30, Strand.RACE,
                    List.of(Community.EASTERN_EUROPEAN, Community.PAKISTANI_BANGLADESHI, Community.BLACK_AFRICAN), 0.15),
            new Spike("Westminster attack", LocalDate.of(2017, 3, 22), 0.25, 14, Strand.RELIGION,
                    List.of(Community.PAKISTANI_BANGLADESHI, Community.ARAB), 0.25),
            new Spike("Manchester Arena attack", LocalDate.of(2017, 5, 22), 0.45, 21, Strand.RELIGION,
                    List.of(Community.PAKISTANI_BANGLADESHI, Community.ARAB), 0.3),
            new Spike("London Bridge and Finsbury Park attacks", LocalDate.of(2017, 6, 3), 0.35, 21, Strand.RELIGION,
                    List.of(Community.PAKISTANI_BANGLADESHI, Community.ARAB), 0.3),
            new Spike("Christchurch mosque attacks", LocalDate.of(2019, 3, 15), 0.2, 14, Strand.RELIGION,
                    List.of(Community.PAKISTANI_BANGLADESHI, Community.ARAB), 0.35),
            new Spike("COVID-19 outbreak", LocalDate.of(2020, 2, 1), 0.25, 60, Strand.RACE,
                    List.of(Community.EAST_ASIAN), 0.3),
            new Spike("Racial justice protests", LocalDate.of(2020, 6, 1), 0.2, 28, Strand.RACE,
                    List.of(Community.BLACK_AFRICAN, Community.BLACK_CARIBBEAN), 0.3),
            new Spike("Euro 2020 final", LocalDate.of(2021, 7, 11), 0.3, 10, Strand.RACE,
                    List.of(Community.BLACK_AFRICAN, Community.BLACK_CARIBBEAN), 0.7),
            new Spike("7 October attacks and the war in Gaza", LocalDate.of(2023, 10, 7), 1.0, 45, Strand.RELIGION,
                    List.of(Community.JEWISH, Community.PAKISTANI_BANGLADESHI, Community.ARAB), 0.4),
            new Spike("Southport attack and riots", LocalDate.of(2024, 7, 30), 0.8, 21, Strand.RACE,
                    List.of(Community.PAKISTANI_BANGLADESHI, Community.ARAB, Community.BLACK_AFRICAN), 0.35));

    private static final double[] MONTH = {0.88, 0.86, 0.96, 0.98, 1.04, 1.10, 1.16, 1.10, 1.00, 1.00, 0.94, 0.82};
    private static final double[] WEEKDAY = {1.2, 1.2, 1.15, 1.1, 0.95, 0.25, 0.15};

    private final LocalDate firstDay;
    private final int days;
    private final double[] cumulative;

    Calendar(Instant from, Instant until) {
        this.firstDay = from.atZone(ZoneOffset.UTC).toLocalDate();
        this.days = (int) ChronoUnit.DAYS.between(firstDay, until.atZone(ZoneOffset.UTC).toLocalDate());
        this.cumulative = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            double growth = 1 + 0.8 * d / days;
            total += growth * MONTH[day.getMonthValue() - 1] * WEEKDAY[day.getDayOfWeek().getValue() - 1] * (1 + rise(day));
            cumulative[d] = total;
        }
    }

    /** How much hate crime is above normal on a day because of recent events. */
    static double rise(LocalDate day) {
        double rise = 0;
        for (Spike spike : SPIKES) {
            rise += riseFrom(spike, day);
        }
        return rise;
    }

    private static double riseFrom(Spike spike, LocalDate day) {
        long since = ChronoUnit.DAYS.between(spike.date(), day);
        return since < 0 || since > spike.decayDays() * 4L ? 0 : spike.rise() * Math.exp(-(double) since / spike.decayDays());
    }

    /** The event a case created that day is part of the wave of, if any (drawn by each event's share). */
    static Spike spikeBehind(LocalDate day, SplittableRandom random) {
        double draw = random.nextDouble() * (1 + rise(day));
        for (Spike spike : SPIKES) {
            draw -= riseFrom(spike, day);
            if (draw < 0) {
                return spike;
            }
        }
        return null;
    }

    /** A day drawn with the calendar's weights. */
    LocalDate drawDay(SplittableRandom random) {
        double draw = random.nextDouble() * cumulative[days - 1];
        int low = 0;
        int high = days - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < draw) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return firstDay.plusDays(low);
    }

    /** A moment in working hours (most work between 9 and 5, UK time), sometimes early or late. */
    static Instant workingMoment(LocalDate day, SplittableRandom random) {
        double hour = Vocabulary.chance(random, 0.08) ? 7 + random.nextDouble() * 14
                : 9 + (random.nextDouble() + random.nextDouble()) * 4.25;
        return day.atTime(LocalTime.ofSecondOfDay((long) (hour * 3600))).atZone(UK).toInstant();
    }

    /** A working moment on the day of the given instant or the next working day. */
    static Instant workingMomentAround(Instant at, SplittableRandom random) {
        LocalDate day = at.atZone(UK).toLocalDate();
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY && Vocabulary.chance(random, 0.85)) {
            day = day.plusDays(2);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY && Vocabulary.chance(random, 0.9)) {
            day = day.plusDays(1);
        }
        Instant moment = workingMoment(day, random);
        return moment.isBefore(at) && day.equals(at.atZone(UK).toLocalDate()) ? at.plusSeconds(60 + random.nextInt(3600)) : moment;
    }

    /** When an incident happened: any hour, most in the afternoon and evening. */
    static Instant incidentMoment(LocalDate day, SplittableRandom random) {
        double hour = Vocabulary.chance(random, 0.15) ? random.nextDouble() * 24
                : 12 + (random.nextDouble() + random.nextDouble() + random.nextDouble()) * 3.6;
        return day.atTime(LocalTime.ofSecondOfDay((long) (Math.min(hour, 23.99) * 3600))).atZone(UK).toInstant();
    }
}
