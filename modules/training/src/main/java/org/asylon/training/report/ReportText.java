package org.asylon.training.report;

import java.util.Map;

/**
 * The report's own labels in English, French and Arabic; the exercise's texts come from the
 * exercise. Another language falls back to English.
 */
final class ReportText {

    private static final Map<String, Map<String, String>> LABELS =
            Map.of(
                    "en",
                    Map.ofEntries(
                            Map.entry("report", "Trainer report"),
                            Map.entry("feedback", "Your feedback"),
                            Map.entry("fictional", "Training exercise: every person is fictional."),
                            Map.entry("profile", "Legal profile"),
                            Map.entry("critical", "Critical errors"),
                            Map.entry("noCritical", "No critical error."),
                            Map.entry("scores", "Scores"),
                            Map.entry("trainee", "Trainee"),
                            Map.entry("score", "Score"),
                            Map.entry("earned", "Points earned"),
                            Map.entry("possible", "Possible"),
                            Map.entry("penalties", "Penalties"),
                            Map.entry("competences", "By competence"),
                            Map.entry("distribution", "Distribution of the cohort's scores"),
                            Map.entry("bands", "trainees per 10-point band of the score (%)"),
                            Map.entry("lost", "Points lost"),
                            Map.entry("noLost", "No point lost."),
                            Map.entry("earnedItems", "Points earned"),
                            Map.entry("persona", "Person"),
                            Map.entry("points", "points"),
                            Map.entry("rule", "Rule"),
                            Map.entry("basis", "Basis"),
                            Map.entry("seen", "What the records show"),
                            Map.entry("notes", "Notes on how the work was read")),
                    "fr",
                    Map.ofEntries(
                            Map.entry("report", "Rapport du formateur"),
                            Map.entry("feedback", "Votre retour"),
                            Map.entry(
                                    "fictional",
                                    "Exercice de formation : toutes les personnes sont fictives."),
                            Map.entry("profile", "Profil juridique"),
                            Map.entry("critical", "Erreurs critiques"),
                            Map.entry("noCritical", "Aucune erreur critique."),
                            Map.entry("scores", "Résultats"),
                            Map.entry("trainee", "Stagiaire"),
                            Map.entry("score", "Note"),
                            Map.entry("earned", "Points obtenus"),
                            Map.entry("possible", "Possibles"),
                            Map.entry("penalties", "Pénalités"),
                            Map.entry("competences", "Par compétence"),
                            Map.entry("distribution", "Répartition des notes du groupe"),
                            Map.entry("bands", "stagiaires par tranche de 10 points (%)"),
                            Map.entry("lost", "Points perdus"),
                            Map.entry("noLost", "Aucun point perdu."),
                            Map.entry("earnedItems", "Points obtenus"),
                            Map.entry("persona", "Personne"),
                            Map.entry("points", "points"),
                            Map.entry("rule", "Règle"),
                            Map.entry("basis", "Fondement"),
                            Map.entry("seen", "Ce que montrent les dossiers"),
                            Map.entry("notes", "Remarques sur la lecture du travail")),
                    "ar",
                    Map.ofEntries(
                            Map.entry("report", "تقرير المدرّب"),
                            Map.entry("feedback", "ملاحظات أدائك"),
                            Map.entry("fictional", "تمرين تدريبي: جميع الأشخاص خياليون."),
                            Map.entry("profile", "الملف القانوني"),
                            Map.entry("critical", "الأخطاء الجسيمة"),
                            Map.entry("noCritical", "لا يوجد خطأ جسيم."),
                            Map.entry("scores", "النتائج"),
                            Map.entry("trainee", "المتدرّب"),
                            Map.entry("score", "النتيجة"),
                            Map.entry("earned", "النقاط المكتسبة"),
                            Map.entry("possible", "الممكنة"),
                            Map.entry("penalties", "العقوبات"),
                            Map.entry("competences", "حسب الكفاءة"),
                            Map.entry("distribution", "توزيع نتائج المجموعة"),
                            Map.entry("bands", "عدد المتدرّبين في كل شريحة من 10 نقاط (%)"),
                            Map.entry("lost", "النقاط المفقودة"),
                            Map.entry("noLost", "لم تُفقد أي نقطة."),
                            Map.entry("earnedItems", "النقاط المكتسبة"),
                            Map.entry("persona", "الشخص"),
                            Map.entry("points", "نقاط"),
                            Map.entry("rule", "القاعدة"),
                            Map.entry("basis", "السند القانوني"),
                            Map.entry("seen", "ما تُظهره السجلات"),
                            Map.entry("notes", "ملاحظات حول قراءة العمل")));

    private final String language;

    ReportText(String language) {
        this.language = LABELS.containsKey(language) ? language : "en";
    }

    String language() {
        return language;
    }

    String get(String key) {
        return LABELS.get(language).get(key);
    }

    boolean rightToLeft() {
        return language.equals("ar");
    }
}
