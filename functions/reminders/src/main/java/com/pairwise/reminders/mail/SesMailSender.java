package com.pairwise.reminders.mail;

import com.pairwise.reminders.domain.MailRefusedException;
import com.pairwise.reminders.domain.MailSender;
import com.pairwise.reminders.domain.OutgoingMail;
import com.pairwise.shared.store.AwsClients;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;

/**
 * Sends through Amazon SES v2 from the configured identity, text and HTML, with RFC 8058 one-click unsubscribe
 * headers. Any refusal by SES (rejected, throttled, unreachable) becomes {@link MailRefusedException}.
 */
public final class SesMailSender implements MailSender {
    private final SesV2Client ses;
    private final String from;

    public SesMailSender(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    /** SES_FROM_ADDRESS names the verified sender; the client is built once per process. */
    public static SesMailSender fromEnvironment() {
        String from = System.getenv("SES_FROM_ADDRESS");
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("SES_FROM_ADDRESS is not set");
        }
        SesV2Client client = SesV2Client.builder()
                .httpClient(AwsClients.httpClient())
                .credentialsProvider(AwsClients.credentials())
                .region(AwsClients.region())
                .build();
        return new SesMailSender(client, from);
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            ses.sendEmail(b -> b.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(mail.to()))
                    .content(c -> c.simple(m -> m
                            .subject(utf8(mail.subject()))
                            .body(body -> body.text(utf8(mail.text())).html(utf8(mail.html())))
                            .headers(MessageHeader.builder().name("List-Unsubscribe").value("<" + mail.unsubscribeUrl() + ">").build(),
                                    MessageHeader.builder().name("List-Unsubscribe-Post").value("List-Unsubscribe=One-Click").build()))));
        } catch (SdkException e) {
            throw new MailRefusedException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static Content utf8(String text) {
        return Content.builder().charset("UTF-8").data(text).build();
    }
}
