package com.pairwise.reminders.mail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.reminders.domain.DeadLetters;
import com.pairwise.reminders.domain.OutgoingMail;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.store.AwsClients;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Parks a mail that failed every attempt on the dead-letter queue (DEAD_LETTER_QUEUE_URL); an alarm watches it. */
public final class SqsDeadLetters implements DeadLetters {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDeadLetters(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public static SqsDeadLetters fromEnvironment() {
        String url = System.getenv("DEAD_LETTER_QUEUE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("DEAD_LETTER_QUEUE_URL is not set");
        }
        return new SqsDeadLetters(SqsClient.builder()
                .httpClient(AwsClients.httpClient())
                .credentialsProvider(AwsClients.credentials())
                .region(AwsClients.region())
                .build(), url);
    }

    @Override
    public void park(OutgoingMail mail, int attempts, String lastError) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body(mail, attempts, lastError)));
    }

    /** The dead letter names the reminder and the failure; the message itself is rebuilt from the reminder item. */
    static String body(OutgoingMail mail, int attempts, String lastError) {
        ObjectNode o = JsonTree.object();
        o.put("reminder", mail.reminderKey());
        o.put("attempts", attempts);
        o.put("lastError", lastError);
        return JsonTree.write(o);
    }
}
