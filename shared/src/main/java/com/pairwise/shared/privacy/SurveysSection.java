package com.pairwise.shared.privacy;

import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The surveys function's part: every survey sent to the person (GSI1 {@code USER#id} / {@code begins_with(GSI1SK,
 * SURVEY#)}, oldest first, every page), each with the answer they gave when it was not anonymous (BatchGetItem
 * {@code PROGRAM#<programId>} / {@code SURVEYRESP#<instanceId>}), and their skills-before ratings kept for the
 * before/after comparison (BatchGetItem {@code PROGRAM#<programId>} / {@code SKILLBASE#<relationshipId>#<userId>}).
 * An anonymous answer holds no person or instance id, so nothing leads back to it: it is not in the export.
 */
public final class SurveysSection implements ExportSection {
    // The surveys function's keys (its SurveyKeys), see docs/data-model.md "Surveys".
    static final String USER_SURVEY_PREFIX = "SURVEY#";
    static final String RESPONSE_PREFIX = "SURVEYRESP#";
    static final String SKILL_BASELINE_PREFIX = "SKILLBASE#";

    private final ItemReads reads;

    public SurveysSection(PairwiseTable table) {
        this.reads = new ItemReads(table);
    }

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public Map<String, Object> read(String userId) {
        List<Map<String, AttributeValue>> instances = reads.index(TableDefinition.GSI1, Keys.user(userId), USER_SURVEY_PREFIX);
        List<Map<String, AttributeValue>> answerKeys = new ArrayList<>();
        Map<String, Map<String, AttributeValue>> baselineKeys = new LinkedHashMap<>();
        for (Map<String, AttributeValue> i : instances) {
            if (isAnonymous(i)) {
                continue;
            }
            String program = Keys.program(ItemReads.text(i, "programId"));
            if (i.containsKey("answeredAt")) {
                answerKeys.add(ItemReads.key(program, RESPONSE_PREFIX + ItemReads.text(i, "id")));
            }
            String baseline = SKILL_BASELINE_PREFIX + ItemReads.text(i, "relationshipId") + "#" + userId;
            baselineKeys.putIfAbsent(ItemReads.keyText(program, baseline), ItemReads.key(program, baseline));
        }
        Map<String, Map<String, AttributeValue>> answers = reads.getAll(answerKeys);
        List<Object> surveys = new ArrayList<>();
        for (Map<String, AttributeValue> i : instances) {
            Map<String, AttributeValue> answer = isAnonymous(i) ? null : answers.get(ItemReads.keyText(
                    Keys.program(ItemReads.text(i, "programId")), RESPONSE_PREFIX + ItemReads.text(i, "id")));
            // The answer item names its author; only the person's own is theirs to export.
            surveys.add(survey(i, answer == null || !userId.equals(ItemReads.text(answer, "userId")) ? null : answer));
        }
        List<Object> baselines = new ArrayList<>();
        for (Map<String, AttributeValue> b : reads.getAll(List.copyOf(baselineKeys.values())).values()) {
            String sk = ItemReads.text(b, TableDefinition.SK);
            baselines.add(Entries.object()
                    .put("programId", ItemReads.text(b, TableDefinition.PK).substring(Keys.program("").length()))
                    .put("relationshipId", sk.substring(SKILL_BASELINE_PREFIX.length(), sk.length() - userId.length() - 1))
                    .put("ratings", ItemReads.plain(b.get("ratings")))
                    .map());
        }
        return Entries.object().put("surveys", surveys).put("skillBaselines", baselines).map();
    }

    private static boolean isAnonymous(Map<String, AttributeValue> instance) {
        AttributeValue v = instance.get("anonymous");
        return v == null || !Boolean.FALSE.equals(v.bool());
    }

    private static Map<String, Object> survey(Map<String, AttributeValue> i, Map<String, AttributeValue> answer) {
        return Entries.object()
                .put("id", ItemReads.text(i, "id"))
                .put("programId", ItemReads.text(i, "programId"))
                .put("surveyId", ItemReads.text(i, "surveyId"))
                .put("templateId", ItemReads.text(i, "templateId"))
                .put("relationshipId", ItemReads.text(i, "relationshipId"))
                .put("role", ItemReads.text(i, "role"))
                .put("region", ItemReads.text(i, "region"))
                .put("language", ItemReads.text(i, "language"))
                .put("skills", ItemReads.texts(i, "skills"))
                .put("anonymous", isAnonymous(i))
                .put("occurrence", ItemReads.number(i, "occurrence"))
                .put("sentAt", ItemReads.text(i, "sentAt"))
                .put("answeredAt", ItemReads.text(i, "answeredAt"))
                .put("answer", answer == null ? null : Entries.object()
                        .put("submittedAt", ItemReads.text(answer, "submittedAt"))
                        .put("updatedAt", ItemReads.text(answer, "updatedAt"))
                        .put("answers", ItemReads.plain(answer.get("answers")))
                        .map())
                .map();
    }
}
