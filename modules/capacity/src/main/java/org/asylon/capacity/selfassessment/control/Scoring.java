package org.asylon.capacity.selfassessment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores each component from the answers: the mean credit of its questions (in-place 100, partial
 * 50, planned 20, absent 0, as the questionnaire's scale says), rounded. A question left unanswered
 * counts as 0: an assessment that skips the hard questions must not look better than one that
 * answers them. "Not applicable" questions leave the mean altogether. Every counted question below
 * full credit is a gap, worst first.
 */
public final class Scoring {

    private static final String NOT_ANSWERED = "Not answered";

    private final Questionnaire questionnaire;

    public Scoring(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public List<ComponentScore> score(AnswerSheet sheet) {
        return questionnaire.components().stream().map(c -> score(c, sheet)).toList();
    }

    /**
     * The mean of the measured components' scores (each component weighs the same, as in the Plan),
     * or null.
     */
    public static Integer overall(List<ComponentScore> scores) {
        List<Integer> measured =
                scores.stream()
                        .filter(ComponentScore::measured)
                        .map(ComponentScore::score)
                        .toList();
        return measured.isEmpty()
                ? null
                : (int)
                        Math.round(
                                measured.stream()
                                        .mapToInt(Integer::intValue)
                                        .average()
                                        .orElseThrow());
    }

    private ComponentScore score(Component component, AnswerSheet sheet) {
        int counted = 0;
        int notApplicable = 0;
        int credit = 0;
        List<RankedGap> gaps = new ArrayList<>();
        for (Question question : component.questions()) {
            Answer answer = sheet.answer(question.id()).orElse(null);
            AnswerLevel level =
                    answer == null ? null : questionnaire.level(answer.level()).orElseThrow();
            if (level != null && !level.counts()) {
                notApplicable++;
                continue;
            }
            int earned = level == null ? 0 : level.credit();
            counted++;
            credit += earned;
            if (earned < 100) {
                // unanswered ranks with absent, before it: nobody knows whether it exists
                int rank = level == null ? -1 : earned;
                gaps.add(
                        new RankedGap(
                                rank,
                                new Gap(
                                        question,
                                        level == null ? NOT_ANSWERED : level.label(),
                                        answer == null ? null : answer.note())));
            }
        }
        Integer score = counted == 0 ? null : (int) Math.round((double) credit / counted);
        List<Gap> ordered =
                gaps.stream()
                        .sorted(Comparator.comparingInt(RankedGap::rank))
                        .map(RankedGap::gap)
                        .toList();
        return new ComponentScore(component, score, counted, notApplicable, ordered);
    }

    private record RankedGap(int rank, Gap gap) {}
}
