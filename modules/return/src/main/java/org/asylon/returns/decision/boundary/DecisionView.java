package org.asylon.returns.decision.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.returns.decision.control.DecisionFile;
import org.asylon.returns.decision.entity.CountryOfReturn;
import org.asylon.returns.decision.entity.Departure;
import org.asylon.returns.decision.entity.DepartureExtension;
import org.asylon.returns.decision.entity.EntryBan;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.decision.entity.VoluntaryDeparture;

/** A return decision as the API shows it, with its extensions and appeals. */
public record DecisionView(
        String id,
        long version,
        String caseId,
        String status,
        String groundCode,
        String groundBasis,
        String groundStatus,
        String reasons,
        boolean borderProcedure,
        Instant decidedAt,
        String decidedBy,
        PeriodView voluntaryDeparture,
        BanView entryBan,
        CountryView countryOfReturn,
        NotificationView notification,
        WithdrawalView withdrawal,
        Instant annulledAt,
        String annulledByAppeal,
        DepartureView departure,
        List<ExtensionView> extensions,
        List<AppealView> appeals) {

    public record PeriodView(
            String kind,
            String rule,
            String basis,
            String counting,
            int profileDays,
            int grantedDays,
            int extendedDays,
            int totalDays,
            List<String> shorteningGrounds,
            String shorteningBasis,
            List<String> extensionCircumstances,
            String reasons,
            LocalDate lastDay,
            Instant endsAt,
            String explanation) {

        static PeriodView of(VoluntaryDeparture p) {
            return new PeriodView(
                    p.kind().name(),
                    p.periodRule(),
                    p.periodBasis(),
                    p.counting(),
                    p.profileDays(),
                    p.grantedDays(),
                    p.extendedDays(),
                    p.totalDays(),
                    p.shorteningGrounds(),
                    p.shorteningBasis(),
                    p.extensionCircumstances(),
                    p.reasons(),
                    p.lastDay(),
                    p.endsAt(),
                    p.explanation());
        }
    }

    /**
     * @param runsFrom the day the person left, from which the ban runs; absent while they are here
     * @param lastDay the ban's last day; absent while they are here, or for an indefinite ban
     */
    public record BanView(
            String duration,
            boolean indefinite,
            List<String> longerGrounds,
            String basis,
            String reasons,
            LocalDate runsFrom,
            LocalDate lastDay) {

        static BanView of(EntryBan b, LocalDate leftOn) {
            return new BanView(
                    b.duration(),
                    b.indefinite(),
                    b.longerGrounds(),
                    b.basis(),
                    b.reasons(),
                    leftOn,
                    leftOn == null ? null : b.lastDay(leftOn).orElse(null));
        }
    }

    public record CountryView(
            String country,
            String basis,
            String arrangement,
            String transitBasis,
            String changeReasons) {

        static CountryView of(CountryOfReturn c, String changeReasons) {
            return new CountryView(
                    c.country(),
                    c.basis().name(),
                    c.arrangement(),
                    c.transitBasis(),
                    changeReasons);
        }
    }

    public record NotificationView(
            Instant notifiedAt, String method, String language, String notifiedBy) {}

    public record WithdrawalView(
            String withdrawal, String reasons, Instant withdrawnAt, String withdrawnBy) {}

    public record DepartureView(
            Instant departedAt,
            String destination,
            String evidence,
            String crossingPoint,
            String gateCheckId,
            boolean withinPeriod,
            String recordedBy,
            Instant recordedAt) {

        static DepartureView of(Departure d) {
            return new DepartureView(
                    d.departedAt(),
                    d.destination(),
                    d.evidence().name(),
                    d.crossingPoint(),
                    d.gateCheckId(),
                    d.withinPeriod(),
                    d.recordedBy(),
                    d.recordedAt());
        }
    }

    public record ExtensionView(
            String id,
            int days,
            List<String> circumstances,
            String reasons,
            LocalDate lastDayAfter,
            String grantedBy,
            Instant grantedAt) {

        static ExtensionView of(DepartureExtension e) {
            return new ExtensionView(
                    e.id(),
                    e.days(),
                    e.circumstances(),
                    e.reasons(),
                    e.lastDayAfter(),
                    e.grantedBy(),
                    e.grantedAt());
        }
    }

    public static DecisionView of(DecisionFile file) {
        ReturnDecision d = file.decision();
        boolean enforceable = d.status().live();
        LocalDate leftOn =
                file.leftAt() == null || !enforceable
                        ? null
                        : LocalDate.ofInstant(file.leftAt(), file.zone());
        return new DecisionView(
                d.id(),
                d.version(),
                d.caseId(),
                d.status().name(),
                d.groundCode(),
                d.groundBasis(),
                d.groundStatus(),
                d.reasons(),
                d.borderProcedure(),
                d.decidedAt(),
                d.decidedBy(),
                PeriodView.of(d.voluntaryDeparture()),
                d.entryBan() == null ? null : BanView.of(d.entryBan(), leftOn),
                CountryView.of(d.countryOfReturn(), d.countryChangeReasons()),
                d.notifiedAt() == null
                        ? null
                        : new NotificationView(
                                d.notifiedAt(),
                                d.notificationMethod().name(),
                                d.notificationLanguage(),
                                d.notifiedBy()),
                d.withdrawal() == null
                        ? null
                        : new WithdrawalView(
                                d.withdrawal().name(),
                                d.withdrawalReasons(),
                                d.withdrawnAt(),
                                d.withdrawnBy()),
                d.annulledAt(),
                d.annulledByAppeal(),
                d.departure() == null ? null : DepartureView.of(d.departure()),
                file.extensions().stream().map(ExtensionView::of).toList(),
                file.appeals().stream().map(AppealView::of).toList());
    }
}
