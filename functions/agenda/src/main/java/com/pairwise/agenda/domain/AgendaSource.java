package com.pairwise.agenda.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a meeting's agenda. The template-driven source is the default; a model-written one (e.g. Amazon Bedrock,
 * chosen by a program setting) can implement this without any handler changing.
 */
public interface AgendaSource {

    /** The agenda in {@code language}, which must be one of the request template's languages. */
    Agenda generate(AgendaRequest request, String language);

    /** The agenda in every language of the request's template, so each reader gets their own. */
    default Map<String, Agenda> generateAll(AgendaRequest request) {
        Map<String, Agenda> out = new LinkedHashMap<>();
        request.template().languages().forEach(lang -> out.put(lang, generate(request, lang)));
        return out;
    }
}
