package com.pairwise.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.http.HttpFunction;
import com.pairwise.testing.WarmUpLog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import com.pairwise.reminders.domain.ReminderSettings;
import com.pairwise.reminders.domain.UnsubscribeTokens;
import com.pairwise.reminders.mail.FolderDeadLetters;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and stores and sends nothing. */
class SnapStartWarmUpTest {
    private final RemindersHarness api = new RemindersHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() {
        api.mail = m -> {
            throw new AssertionError("warm-up sent mail");
        };

        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        assertEquals(0, api.deadLetters(), "warm-up dead-lettered");
        List<Integer> statuses = WarmUpLog.statuses(api.log.toByteArray(), HttpFunction.WARM_UP_ID);
        // own preferences (read, defaults) and feed (query), a preferences change with a bad hour (read, then refused)
        assertEquals(List.of(200, 200, 400), statuses);
    }

    /** On Lambda the key comes from Secrets Manager on first use: the warm-up makes that happen before the snapshot. */
    @Test
    void warmUpReadsTheUnsubscribeKeyThatIsReadOnFirstUse() {
        AtomicInteger reads = new AtomicInteger();
        UnsubscribeTokens tokens = UnsubscribeTokens.onFirstUse(() -> {
            reads.incrementAndGet();
            return api.key;
        });
        ReminderHandler handler = new ReminderHandler(api.table, api.clock, m -> {
            throw new AssertionError("warm-up sent mail");
        }, new FolderDeadLetters(api.deadLetterDir), tokens, "https://api.example.com", ReminderSettings.DEFAULT,
                new PrintStream(OutputStream.nullOutputStream()), false);
        assertEquals(0, reads.get(), "the key was read at init");

        handler.warmUp();

        assertEquals(1, reads.get());
    }
}
