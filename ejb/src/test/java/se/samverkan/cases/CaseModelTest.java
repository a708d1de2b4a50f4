package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.deadlines.WorkingDays;
import se.samverkan.organisation.Principal;
import se.samverkan.organisation.PrincipalKind;

/**
 * The case aggregate against a small model of the rules in DOMAIN.md and the contract: random
 * sequences of every action (file, acknowledge, assess, comment, forward, extend, answer, return,
 * close, raise to forum) by every kind of caller (reporter, handler and medical officer of three
 * principals, the forum and the administrator), with the clock moving on between steps.
 *
 * <p>Each step runs as {@code Cases} runs it: the visibility check, the access check of the action,
 * the routing rule where one applies, then the aggregate's method. After each step:
 *
 * <ul>
 *   <li>the step succeeded exactly when the model allowed it, and a refusal has the kind (404, 403,
 *       409, 422) the model predicts;
 *   <li>a refused step changed nothing;
 *   <li>the history grew by exactly the step's event and its earlier entries are the same objects
 *       in the same order;
 *   <li>status, routing, the clocks' deadlines, {@code overdue}, seriousness and every answer given
 *       are what the model says;
 *   <li>for every caller, the actions offered ({@link CaseActions}) are the ones the model allows.
 * </ul>
 *
 * jqwik shrinks a failing sequence to a minimal one and prints it with its seed.
 */
class CaseModelTest {

    static final String REGION = "region-jamtland-harjedalen";
    static final String OSTERSUND = "ostersund";
    static final String KROKOM = "krokom";
    static final OffsetDateTime START = OffsetDateTime.parse("2026-12-18T16:45:00+01:00");

    static final Map<String, Principal> PRINCIPALS =
            Map.of(
                    REGION, principal(REGION, PrincipalKind.REGION, "23"),
                    OSTERSUND, principal(OSTERSUND, PrincipalKind.MUNICIPALITY, "2380"),
                    KROKOM, principal(KROKOM, PrincipalKind.MUNICIPALITY, "2309"));

    /** Every kind of caller of the three principals, plus the forum and the administrator. */
    enum Who {
        REPORTER_OSTERSUND(OSTERSUND, Role.REPORTER),
        HANDLER_OSTERSUND(OSTERSUND, Role.REPORTER, Role.HANDLER),
        MAS_OSTERSUND(OSTERSUND, Role.REPORTER, Role.MAS),
        REPORTER_KROKOM(KROKOM, Role.REPORTER),
        HANDLER_KROKOM(KROKOM, Role.REPORTER, Role.HANDLER),
        MAS_KROKOM(KROKOM, Role.REPORTER, Role.MAS),
        REPORTER_REGION(REGION, Role.REPORTER),
        HANDLER_REGION(REGION, Role.REPORTER, Role.HANDLER),
        CHEFSLAKARE_REGION(REGION, Role.REPORTER, Role.CHIEF_MEDICAL_OFFICER),
        FORUM(REGION, Role.FORUM),
        ADMIN(REGION, Role.ADMIN);

        final Caller caller;

        Who(String principal, Role first, Role... more) {
            this.caller =
                    new Caller(
                            name().toLowerCase().replace('_', '.'),
                            principal,
                            EnumSet.of(first, more));
        }

        String principal() {
            return caller.principalId();
        }

        boolean has(Role role) {
            return caller.has(role);
        }

        boolean handlesOrOversees() {
            return has(Role.HANDLER) || has(Role.CHIEF_MEDICAL_OFFICER) || has(Role.MAS);
        }

        boolean worksWithCases() {
            return has(Role.REPORTER) || handlesOrOversees();
        }
    }

    /** What a step does; the parameters are used by the acts that take them. */
    enum Act {
        ACKNOWLEDGE,
        FORWARD,
        ANSWER,
        RETURN,
        CLOSE,
        COMMENT,
        ASSESS,
        EXTEND,
        RAISE_TO_FORUM
    }

    record Step(
            Who who,
            Act act,
            long minutesLater,
            String toPrincipal,
            int consequence,
            int likelihood,
            Case.Clock clock,
            int extendDays,
            List<String> measures) {

        @Override
        public String toString() {
            String detail =
                    switch (act) {
                        case FORWARD -> " to " + toPrincipal;
                        case ASSESS -> " " + consequence + "/" + likelihood;
                        case EXTEND -> " " + clock + " by " + extendDays + " days";
                        case ANSWER -> " " + measures;
                        default -> "";
                    };
            return "+" + minutesLater + " min: " + who + " " + act + detail;
        }
    }

    record Filing(
            Who reporter,
            String concerned,
            CaseType type,
            int consequence,
            boolean seriousEvent,
            boolean purchasedService) {}

    // --- the model ------------------------------------------------------------------------------

    /** The rules as DOMAIN.md and the contract state them, written without the aggregate's code. */
    static final class Model {
        final String reporting;
        final String reporterUsername;
        final boolean purchased;
        final int consequence;
        final boolean seriousEvent;
        CaseStatus status = CaseStatus.SUBMITTED;
        String routedTo;
        String concerned;
        final Optional<String> informed;
        OffsetDateTime acknowledgeDue;
        OffsetDateTime answerDue;
        OffsetDateTime acknowledgedAt;
        OffsetDateTime answeredAt;
        OffsetDateTime closedAt;
        Integer assessedConsequence;

        /** Escalated to the chefsläkare or MAS: once, when the case first became serious. */
        boolean escalated;

        int forwards;
        final List<List<String>> answers = new ArrayList<>();
        final List<CaseEventType> history = new ArrayList<>(List.of(CaseEventType.SUBMITTED));

        Model(
                Filing f,
                OffsetDateTime now,
                OffsetDateTime acknowledgeDue,
                OffsetDateTime answerDue) {
            this.reporting = f.reporter().principal();
            this.reporterUsername = f.reporter().caller.username();
            this.purchased = f.purchasedService();
            this.consequence = f.consequence();
            this.seriousEvent = f.seriousEvent();
            this.concerned = f.concerned();
            // Care responsibility: the concerned principal, but a purchased service is the
            // region's, with the concerned municipality informed as the employer.
            this.routedTo = purchased ? REGION : concerned;
            this.informed =
                    purchased && kind(concerned) == PrincipalKind.MUNICIPALITY
                            ? Optional.of(concerned)
                            : Optional.empty();
            this.acknowledgeDue = acknowledgeDue;
            this.answerDue = answerDue;
            escalateIfSerious();
        }

        /** A serious case is escalated once, and the history says so. */
        void escalateIfSerious() {
            if (serious() && !escalated) {
                escalated = true;
                history.add(CaseEventType.ESCALATED);
            }
        }

        boolean sees(Who w) {
            return w.worksWithCases()
                    && (w.principal().equals(reporting)
                            || w.principal().equals(routedTo)
                            || informed.filter(w.principal()::equals).isPresent());
        }

        boolean receivingHandler(Who w) {
            return w.has(Role.HANDLER) && w.principal().equals(routedTo);
        }

        boolean awaitsAnswer() {
            return status == CaseStatus.SUBMITTED
                    || status == CaseStatus.RECEIVED
                    || status == CaseStatus.UNDER_INVESTIGATION;
        }

        boolean clockRuns(Case.Clock clock) {
            return clock == Case.Clock.ACKNOWLEDGEMENT
                    ? status == CaseStatus.SUBMITTED
                    : awaitsAnswer();
        }

        /** What the step gets: empty for success, else the kind of refusal. */
        Optional<CaseProblem.Kind> predict(Step s) {
            Who w = s.who();
            if (!sees(w)) {
                return refused(CaseProblem.Kind.NOT_FOUND);
            }
            boolean reportingSide =
                    (w.has(Role.REPORTER) || w.has(Role.HANDLER))
                            && w.principal().equals(reporting);
            boolean party = w.principal().equals(reporting) || w.principal().equals(routedTo);
            return switch (s.act()) {
                case ACKNOWLEDGE ->
                        !receivingHandler(w)
                                ? refused(CaseProblem.Kind.NOT_PERMITTED)
                                : status != CaseStatus.SUBMITTED
                                        ? refused(CaseProblem.Kind.WRONG_STATUS)
                                        : Optional.empty();
                case FORWARD ->
                        !receivingHandler(w)
                                ? refused(CaseProblem.Kind.NOT_PERMITTED)
                                : s.toPrincipal().equals(routedTo)
                                                || kind(s.toPrincipal()) == kind(reporting)
                                        ? refused(CaseProblem.Kind.AGAINST_RULE)
                                        : !awaitsAnswer()
                                                ? refused(CaseProblem.Kind.WRONG_STATUS)
                                                : Optional.empty();
                case ANSWER ->
                        !receivingHandler(w)
                                ? refused(CaseProblem.Kind.NOT_PERMITTED)
                                : status != CaseStatus.RECEIVED
                                                && status != CaseStatus.UNDER_INVESTIGATION
                                        ? refused(CaseProblem.Kind.WRONG_STATUS)
                                        : Optional.empty();
                case RETURN, CLOSE ->
                        !reportingSide
                                ? refused(CaseProblem.Kind.NOT_PERMITTED)
                                : status != CaseStatus.ANSWERED
                                        ? refused(CaseProblem.Kind.WRONG_STATUS)
                                        : Optional.empty();
                case COMMENT ->
                        !party
                                ? refused(CaseProblem.Kind.NOT_PERMITTED)
                                : status == CaseStatus.CLOSED
                                        ? refused(CaseProblem.Kind.WRONG_STATUS)
                                        : Optional.empty();
                case ASSESS ->
                        !(w.handlesOrOversees() && w.principal().equals(routedTo))
                                ? refused(CaseProblem.Kind.NOT_PERMITTED)
                                : status == CaseStatus.CLOSED
                                        ? refused(CaseProblem.Kind.WRONG_STATUS)
                                        : Optional.empty();
                case EXTEND ->
                        !receivingHandler(w)
                                ? refused(CaseProblem.Kind.NOT_PERMITTED)
                                : !clockRuns(s.clock())
                                        ? refused(CaseProblem.Kind.WRONG_STATUS)
                                        : s.extendDays() <= 0
                                                ? refused(CaseProblem.Kind.AGAINST_RULE)
                                                : Optional.empty();
                case RAISE_TO_FORUM ->
                        w.handlesOrOversees() && party
                                ? Optional.empty()
                                : refused(CaseProblem.Kind.NOT_PERMITTED);
            };
        }

        /** The actions a page may offer {@code w} now: those the model would let succeed. */
        Set<CaseAction> offered(Who w) {
            Set<CaseAction> offered = EnumSet.noneOf(CaseAction.class);
            if (!sees(w)) {
                return offered;
            }
            Map<CaseAction, Act> acts =
                    Map.of(
                            CaseAction.ACKNOWLEDGE, Act.ACKNOWLEDGE,
                            CaseAction.ANSWER, Act.ANSWER,
                            CaseAction.RETURN, Act.RETURN,
                            CaseAction.CLOSE, Act.CLOSE,
                            CaseAction.COMMENT, Act.COMMENT,
                            CaseAction.ASSESS, Act.ASSESS,
                            CaseAction.RAISE_TO_FORUM, Act.RAISE_TO_FORUM);
            acts.forEach(
                    (action, act) -> {
                        if (predict(new Step(w, act, 0, null, 1, 1, null, 1, List.of()))
                                .isEmpty()) {
                            offered.add(action);
                        }
                    });
            // Forwarding and extending are offered while the answer is awaited; whether the
            // target or the new date is acceptable is the form's to find out.
            if (receivingHandler(w) && awaitsAnswer()) {
                offered.add(CaseAction.FORWARD);
                offered.add(CaseAction.EXTEND_DEADLINE);
            }
            return offered;
        }

        /** The step's effect, for a step that {@link #predict} allows. */
        void apply(Step s, OffsetDateTime now, OffsetDateTime newAcknowledgeDue) {
            switch (s.act()) {
                case ACKNOWLEDGE -> {
                    status = CaseStatus.RECEIVED;
                    acknowledgedAt = now;
                    history.add(CaseEventType.ACKNOWLEDGED);
                }
                case FORWARD -> {
                    // It moves on with its history; the new principal acknowledges anew, and the
                    // answer clock keeps running.
                    routedTo = s.toPrincipal();
                    if (!purchased) {
                        concerned = s.toPrincipal();
                    }
                    status = CaseStatus.SUBMITTED;
                    acknowledgedAt = null;
                    acknowledgeDue = newAcknowledgeDue;
                    forwards++;
                    history.add(CaseEventType.FORWARDED);
                }
                case ANSWER -> {
                    status = CaseStatus.ANSWERED;
                    answeredAt = now;
                    answers.add(s.measures());
                    history.add(CaseEventType.ANSWERED);
                }
                case RETURN -> {
                    status = CaseStatus.UNDER_INVESTIGATION;
                    answeredAt = null;
                    history.add(CaseEventType.RETURNED);
                }
                case CLOSE -> {
                    status = CaseStatus.CLOSED;
                    closedAt = now;
                    history.add(CaseEventType.CLOSED);
                }
                case COMMENT -> history.add(CaseEventType.COMMENTED);
                case ASSESS -> {
                    assessedConsequence = s.consequence();
                    history.add(CaseEventType.ASSESSED);
                    escalateIfSerious();
                }
                case EXTEND -> {
                    if (s.clock() == Case.Clock.ACKNOWLEDGEMENT) {
                        acknowledgeDue = acknowledgeDue.plusDays(s.extendDays());
                    } else {
                        answerDue = answerDue.plusDays(s.extendDays());
                    }
                    history.add(CaseEventType.DEADLINE_EXTENDED);
                }
                case RAISE_TO_FORUM -> history.add(CaseEventType.RAISED_TO_FORUM);
            }
        }

        boolean overdue(OffsetDateTime now) {
            return status == CaseStatus.SUBMITTED && now.isAfter(acknowledgeDue)
                    || awaitsAnswer() && now.isAfter(answerDue);
        }

        /** Serious by either side's account, and for good once escalated. */
        boolean serious() {
            return consequence >= 3
                    || seriousEvent
                    || assessedConsequence != null && assessedConsequence >= 3
                    || escalated;
        }

        private static Optional<CaseProblem.Kind> refused(CaseProblem.Kind kind) {
            return Optional.of(kind);
        }
    }

    // --- the system under test, run as the service runs it -------------------------------------

    static final class World {
        OffsetDateTime now = START;
        Case c;
        Model model;
        int steps;
    }

    /** Files as {@code Cases.file} does: routing may refuse; otherwise a case and its model. */
    static void file(World w, Filing f) {
        CaseDraft draft =
                new CaseDraft(
                        f.type(),
                        w.now.minusHours(1),
                        f.concerned(),
                        "MEDICATION",
                        "Sammanfattning",
                        "Beskrivning",
                        null,
                        f.consequence(),
                        2,
                        f.seriousEvent(),
                        f.purchasedService());
        boolean sameKind = kind(f.reporter().principal()) == kind(f.concerned());
        Routing.Route route;
        try {
            route =
                    Routing.route(
                            PRINCIPALS.get(f.reporter().principal()),
                            PRINCIPALS.get(f.concerned()),
                            f.purchasedService(),
                            PRINCIPALS.get(REGION));
        } catch (CaseProblem refused) {
            assertEquals(CaseProblem.Kind.AGAINST_RULE, refused.kind());
            assertEquals(true, sameKind, "only a case between two kinds is filed");
            return;
        }
        assertEquals(false, sameKind, "a case between two principals of one kind is refused");
        OffsetDateTime acknowledgeDue = WorkingDays.deadline(w.now, 3);
        OffsetDateTime answerDue = WorkingDays.deadline(w.now, 40);
        w.c =
                Case.file(
                        draft,
                        "SAM-2026-00001",
                        route,
                        w.now,
                        acknowledgeDue,
                        answerDue,
                        f.reporter().caller);
        escalateIfSerious(w.c, f.reporter().caller, w.now);
        w.model = new Model(f, w.now, acknowledgeDue, answerDue);
        assertMatchesModel(w);
    }

    static void step(World w, Step s) {
        w.now = w.now.plusMinutes(s.minutesLater());
        w.steps++;
        Case c = w.c;
        Snapshot before = Snapshot.of(c);
        List<CaseEvent> eventsBefore = List.copyOf(c.events());
        Optional<CaseProblem.Kind> predicted = w.model.predict(s);
        OffsetDateTime newAcknowledgeDue = WorkingDays.deadline(w.now, 3);

        Optional<CaseProblem.Kind> outcome = run(c, s, w.now, newAcknowledgeDue);

        assertEquals(predicted, outcome, () -> "outcome of " + s + " on " + before);
        if (outcome.isPresent()) {
            assertEquals(before, Snapshot.of(c), () -> "a refused " + s + " changed the case");
        } else {
            if (s.act() == Act.ASSESS) {
                escalateIfSerious(c, s.who().caller, w.now);
            }
            w.model.apply(s, w.now, newAcknowledgeDue);
        }
        for (int i = 0; i < eventsBefore.size(); i++) {
            assertSame(eventsBefore.get(i), c.events().get(i), "history is never rewritten");
        }
        assertMatchesModel(w);
    }

    /**
     * What {@code Escalations.openIfSerious} does after a filing and an assessment: a serious case
     * not yet escalated is escalated now. Whether one exists is the case's own record here.
     */
    static void escalateIfSerious(Case c, Caller cause, OffsetDateTime now) {
        boolean escalatedBefore =
                c.events().stream().anyMatch(e -> e.event() == CaseEventType.ESCALATED);
        if (c.isSerious() && !escalatedBefore) {
            c.escalated(cause, now);
        }
    }

    /** The step as {@code Cases} runs it: find, check access, check routing, then the aggregate. */
    static Optional<CaseProblem.Kind> run(
            Case c, Step s, OffsetDateTime now, OffsetDateTime acknowledgeDueIfForwarded) {
        Caller caller = s.who().caller;
        try {
            CaseAccess.requireVisible(caller, c);
            switch (s.act()) {
                case ACKNOWLEDGE -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    c.acknowledge(caller, now);
                }
                case FORWARD -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    Routing.requireForwardable(
                            PRINCIPALS.get(c.reportingPrincipalId()),
                            PRINCIPALS.get(c.routedToPrincipalId()),
                            PRINCIPALS.get(s.toPrincipal()));
                    c.forward(
                            s.toPrincipal(),
                            "Fel mottagare",
                            acknowledgeDueIfForwarded,
                            caller,
                            now);
                }
                case ANSWER -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    c.answer("Utrett", s.measures(), caller, now);
                }
                case RETURN -> {
                    CaseAccess.requireReportingSide(caller, c);
                    c.returnForInvestigation("Svaret räcker inte", caller, now);
                }
                case CLOSE -> {
                    CaseAccess.requireReportingSide(caller, c);
                    c.close(caller, now);
                }
                case COMMENT -> {
                    CaseAccess.requireParty(caller, c);
                    c.comment("En fråga", caller, now);
                }
                case ASSESS -> {
                    CaseAccess.requireReceivingAssessor(caller, c);
                    c.assess(s.consequence(), s.likelihood(), caller, now);
                }
                case EXTEND -> {
                    CaseAccess.requireReceivingHandler(caller, c);
                    OffsetDateTime current =
                            s.clock() == Case.Clock.ACKNOWLEDGEMENT
                                    ? c.acknowledgeDue()
                                    : c.answerDue();
                    c.extendDeadline(
                            s.clock(),
                            current.plusDays(s.extendDays()),
                            "Överenskommet",
                            caller,
                            now);
                }
                case RAISE_TO_FORUM -> {
                    CaseAccess.requireForumRaiser(caller, c);
                    c.raisedToForum("Återkommande fel", caller, now);
                }
            }
            return Optional.empty();
        } catch (CaseProblem refused) {
            return Optional.of(refused.kind());
        }
    }

    static void assertMatchesModel(World w) {
        Case c = w.c;
        Model m = w.model;
        assertEquals(m.status, c.status(), "status");
        assertEquals(m.routedTo, c.routedToPrincipalId(), "routed to");
        assertEquals(m.concerned, c.concernedPrincipalId(), "concerned");
        assertEquals(m.informed, c.informedPrincipalId(), "informed");
        assertEquals(m.acknowledgeDue, c.acknowledgeDue(), "acknowledgement deadline");
        assertEquals(m.answerDue, c.answerDue(), "answer deadline");
        assertEquals(m.acknowledgedAt, c.acknowledgedAt(), "acknowledged at");
        assertEquals(m.answeredAt, c.answeredAt(), "answered at");
        assertEquals(m.closedAt, c.closedAt(), "closed at");
        assertEquals(m.forwards, c.forwardCount(), "forwards");
        assertEquals(m.overdue(w.now), c.isOverdue(w.now), "overdue");
        assertEquals(m.serious(), c.isSerious(), "serious");
        assertEquals(m.history, c.events().stream().map(CaseEvent::event).toList(), "history");
        assertEquals(
                m.answers,
                c.answers().stream().map(CaseAnswer::measures).toList(),
                "every answer given is kept, in order");
        for (Who who : Who.values()) {
            assertEquals(
                    m.offered(who),
                    CaseActions.allowed(who.caller, c),
                    () -> "actions offered to " + who + " in " + m.status);
        }
    }

    /** What a refused step must leave as it was. */
    record Snapshot(
            CaseStatus status,
            String routedTo,
            String concerned,
            OffsetDateTime acknowledgeDue,
            OffsetDateTime answerDue,
            OffsetDateTime acknowledgedAt,
            OffsetDateTime answeredAt,
            OffsetDateTime closedAt,
            Optional<Integer> assessedConsequence,
            Optional<Integer> assessedLikelihood,
            int forwards,
            int events,
            int answers) {
        static Snapshot of(Case c) {
            return new Snapshot(
                    c.status(),
                    c.routedToPrincipalId(),
                    c.concernedPrincipalId(),
                    c.acknowledgeDue(),
                    c.answerDue(),
                    c.acknowledgedAt(),
                    c.answeredAt(),
                    c.closedAt(),
                    c.assessedConsequence(),
                    c.assessedLikelihood(),
                    c.forwardCount(),
                    c.events().size(),
                    c.answers().size());
        }
    }

    // --- the property ---------------------------------------------------------------------------

    @Property(tries = 2_000)
    void theAggregateDoesWhatTheModelSaysInAnySequence(@ForAll("lives") ActionChain<World> life) {
        life.run();
    }

    @Provide
    Arbitrary<ActionChain<World>> lives() {
        return ActionChain.<World>startWith(World::new)
                .withAction(new FileAction())
                .withAction(5, new StepAction())
                .withMaxTransformations(50);
    }

    static final class FileAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return w.c == null;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            return Combinators.combine(
                            Arbitraries.of(
                                    Who.REPORTER_OSTERSUND,
                                    Who.HANDLER_OSTERSUND,
                                    Who.REPORTER_KROKOM,
                                    Who.REPORTER_REGION,
                                    Who.CHEFSLAKARE_REGION),
                            Arbitraries.of(REGION, OSTERSUND, KROKOM),
                            Arbitraries.of(CaseType.class),
                            Arbitraries.integers().between(1, 4),
                            Arbitraries.of(true, false),
                            Arbitraries.of(true, false))
                    .as(Filing::new)
                    .map(f -> Transformer.mutate("file " + f, world -> file(world, f)));
        }
    }

    static final class StepAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return w.c != null;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            Arbitrary<Long> later =
                    Arbitraries.frequencyOf(
                            Tuple.of(4, Arbitraries.longs().between(0, 600)),
                            Tuple.of(2, Arbitraries.longs().between(600, 6 * 24 * 60)),
                            Tuple.of(1, Arbitraries.longs().between(6 * 24 * 60, 70 * 24 * 60)));
            Arbitrary<List<String>> measures =
                    Arbitraries.of("Checklista vid utskrivning", "Utbildning", "Rutin ses över")
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(3);
            return Combinators.combine(
                            Arbitraries.of(Who.class),
                            Arbitraries.of(Act.class),
                            later,
                            Arbitraries.of(REGION, OSTERSUND, KROKOM),
                            Arbitraries.integers().between(1, 4),
                            Arbitraries.integers().between(1, 4),
                            Arbitraries.of(Case.Clock.class),
                            Arbitraries.integers().between(-3, 30))
                    .flatAs(
                            (who, act, minutes, to, consequence, likelihood, clock, days) ->
                                    measures.map(
                                            m ->
                                                    new Step(
                                                            who,
                                                            act,
                                                            minutes,
                                                            to,
                                                            consequence,
                                                            likelihood,
                                                            clock,
                                                            days,
                                                            m)))
                    .map(s -> Transformer.mutate(s.toString(), world -> step(world, s)));
        }
    }

    static PrincipalKind kind(String principal) {
        return PRINCIPALS.get(principal).kind();
    }

    private static Principal principal(String id, PrincipalKind kind, String code) {
        return new Principal(id, id, kind, code, id + "@handlers.example", id + "@mo.example");
    }
}
