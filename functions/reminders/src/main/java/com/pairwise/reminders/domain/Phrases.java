package com.pairwise.reminders.domain;

import java.util.Map;
import java.util.Optional;

/** The wording of every reminder kind in each language; {placeholders} are filled by {@link MessageRenderer}. */
final class Phrases {
    private Phrases() {
    }

    static final Map<Language, Map<String, String>> ALL = Map.of(
            Language.EN, Map.ofEntries(
                    Map.entry("greeting", "Hello {name},"),
                    Map.entry("meeting.subject", "Reminder: your mentoring meeting on {start}"),
                    Map.entry("meeting.body", "Your meeting with {partner} starts on {start}."),
                    Map.entry("meeting.agenda", "Agenda:"),
                    Map.entry("inactivity.subject", "Time to meet again?"),
                    Map.entry("inactivity.body", "You and {partner} have not met for {days} days. Schedule your next meeting to keep the momentum."),
                    Map.entry("match_request.subject", "{partner} is waiting for your answer"),
                    Map.entry("match_request.body", "{partner} asked you to be their mentor. Please accept or decline the request."),
                    Map.entry("match_request_expired.subject", "Your mentoring request expired"),
                    Map.entry("match_request_expired.body", "{partner} did not answer in time. Have a look at your next suggestions."),
                    Map.entry("weekly_digest.subject", "Weekly digest: {program}"),
                    Map.entry("weekly_digest.body", "{summary}"),
                    Map.entry("registration_incomplete.subject", "Finish your registration"),
                    Map.entry("registration_incomplete.body", "Your registration is missing: {fields}. Complete it so we can find you a good match."),
                    Map.entry("registration_incomplete.body.general", "Your registration is not complete yet. Finish it so we can find you a good match."),
                    Map.entry("registration_incomplete.action", "Complete your registration"),
                    Map.entry("survey_due.subject", "A short survey is waiting for you"),
                    Map.entry("survey_due.body", "Tell us how your mentoring is going: the survey takes two minutes."),
                    Map.entry("survey_due.action", "Answer the survey"),
                    Map.entry("field.time_zone", "time zone"),
                    Map.entry("field.country", "country"),
                    Map.entry("field.region", "region"),
                    Map.entry("field.department", "department"),
                    Map.entry("field.seniority", "seniority"),
                    Map.entry("field.skills_offered", "skills you offer"),
                    Map.entry("field.skills_to_develop", "skills to develop"),
                    Map.entry("field.goals", "goals"),
                    Map.entry("field.interests", "interests"),
                    Map.entry("unsubscribe", "Stop these emails"),
                    Map.entry("unsubscribed", "You will no longer receive these emails."),
                    Map.entry("removed.subject", "Notification removed"),
                    Map.entry("removed.body", "A notification about a former participant was removed.")),
            Language.ES, Map.ofEntries(
                    Map.entry("greeting", "Hola {name}:"),
                    Map.entry("meeting.subject", "Recordatorio: tu reunión de mentoría el {start}"),
                    Map.entry("meeting.body", "Tu reunión con {partner} empieza el {start}."),
                    Map.entry("meeting.agenda", "Orden del día:"),
                    Map.entry("inactivity.subject", "¿Es hora de volver a reuniros?"),
                    Map.entry("inactivity.body", "{partner} y tú lleváis {days} días sin reuniros. Programa la próxima reunión para no perder el ritmo."),
                    Map.entry("match_request.subject", "{partner} espera tu respuesta"),
                    Map.entry("match_request.body", "{partner} te ha pedido que seas su mentor. Acepta o rechaza la solicitud."),
                    Map.entry("match_request_expired.subject", "Tu solicitud de mentoría ha caducado"),
                    Map.entry("match_request_expired.body", "{partner} no respondió a tiempo. Echa un vistazo a tus siguientes sugerencias."),
                    Map.entry("weekly_digest.subject", "Resumen semanal: {program}"),
                    Map.entry("weekly_digest.body", "{summary}"),
                    Map.entry("registration_incomplete.subject", "Completa tu inscripción"),
                    Map.entry("registration_incomplete.body", "A tu inscripción le falta: {fields}. Complétala para que podamos encontrarte una buena pareja."),
                    Map.entry("registration_incomplete.body.general", "Tu inscripción aún no está completa. Complétala para que podamos encontrarte una buena pareja."),
                    Map.entry("registration_incomplete.action", "Completar la inscripción"),
                    Map.entry("survey_due.subject", "Tienes una breve encuesta pendiente"),
                    Map.entry("survey_due.body", "Cuéntanos cómo va tu mentoría: la encuesta dura dos minutos."),
                    Map.entry("survey_due.action", "Responder la encuesta"),
                    Map.entry("field.time_zone", "zona horaria"),
                    Map.entry("field.country", "país"),
                    Map.entry("field.region", "región"),
                    Map.entry("field.department", "departamento"),
                    Map.entry("field.seniority", "nivel"),
                    Map.entry("field.skills_offered", "habilidades que ofreces"),
                    Map.entry("field.skills_to_develop", "habilidades que quieres desarrollar"),
                    Map.entry("field.goals", "objetivos"),
                    Map.entry("field.interests", "intereses"),
                    Map.entry("unsubscribe", "Dejar de recibir estos correos"),
                    Map.entry("unsubscribed", "Ya no recibirás estos correos."),
                    Map.entry("removed.subject", "Notificación retirada"),
                    Map.entry("removed.body", "Se ha retirado una notificación sobre un antiguo participante.")),
            Language.FR, Map.ofEntries(
                    Map.entry("greeting", "Bonjour {name},"),
                    Map.entry("meeting.subject", "Rappel : votre rencontre de mentorat le {start}"),
                    Map.entry("meeting.body", "Votre rencontre avec {partner} commence le {start}."),
                    Map.entry("meeting.agenda", "Ordre du jour :"),
                    Map.entry("inactivity.subject", "Et si vous vous revoyiez ?"),
                    Map.entry("inactivity.body", "{partner} et vous ne vous êtes pas rencontrés depuis {days} jours. Planifiez votre prochaine rencontre pour garder l'élan."),
                    Map.entry("match_request.subject", "{partner} attend votre réponse"),
                    Map.entry("match_request.body", "{partner} vous a demandé d'être son mentor. Merci d'accepter ou de refuser la demande."),
                    Map.entry("match_request_expired.subject", "Votre demande de mentorat a expiré"),
                    Map.entry("match_request_expired.body", "{partner} n'a pas répondu à temps. Découvrez vos prochaines suggestions."),
                    Map.entry("weekly_digest.subject", "Résumé hebdomadaire : {program}"),
                    Map.entry("weekly_digest.body", "{summary}"),
                    Map.entry("registration_incomplete.subject", "Terminez votre inscription"),
                    Map.entry("registration_incomplete.body", "Il manque à votre inscription : {fields}. Complétez-la pour que nous vous trouvions un bon binôme."),
                    Map.entry("registration_incomplete.body.general", "Votre inscription n'est pas encore complète. Terminez-la pour que nous vous trouvions un bon binôme."),
                    Map.entry("registration_incomplete.action", "Compléter mon inscription"),
                    Map.entry("survey_due.subject", "Un court questionnaire vous attend"),
                    Map.entry("survey_due.body", "Dites-nous comment se passe votre mentorat : le questionnaire prend deux minutes."),
                    Map.entry("survey_due.action", "Répondre au questionnaire"),
                    Map.entry("field.time_zone", "fuseau horaire"),
                    Map.entry("field.country", "pays"),
                    Map.entry("field.region", "région"),
                    Map.entry("field.department", "service"),
                    Map.entry("field.seniority", "niveau"),
                    Map.entry("field.skills_offered", "compétences que vous offrez"),
                    Map.entry("field.skills_to_develop", "compétences à développer"),
                    Map.entry("field.goals", "objectifs"),
                    Map.entry("field.interests", "centres d'intérêt"),
                    Map.entry("unsubscribe", "Ne plus recevoir ces e-mails"),
                    Map.entry("unsubscribed", "Vous ne recevrez plus ces e-mails."),
                    Map.entry("removed.subject", "Notification retirée"),
                    Map.entry("removed.body", "Une notification concernant un ancien participant a été retirée.")));

    static Optional<String> find(Language language, String key) {
        return Optional.ofNullable(ALL.get(language).get(key));
    }

    static String get(Language language, String key) {
        String text = ALL.get(language).get(key);
        if (text == null) {
            throw new IllegalStateException("no phrase " + key + " in " + language);
        }
        return text;
    }
}
