package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCursorTest {
    private static final Set<String> BASE_KEY = Set.of(TableDefinition.PK, TableDefinition.SK);
    private static final String PARTITION = Keys.program("prg_a");
    private static final FieldError REFUSED = new FieldError("cursor", "is not a cursor issued for this list; start again without it");

    private static Map<String, AttributeValue> registrationKey(String programId, String userId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.registration(userId)));
    }

    private static void assertRefused(String cursor, Set<String> names, String partitionName, String partitionValue) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PageCursor.decode(cursor, names, partitionName, partitionValue));
        assertEquals(List.of(REFUSED), e.errors());
    }

    private static String encodeText(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void roundTripsAKey() {
        Map<String, AttributeValue> key = registrationKey("prg_a", "user-1");
        String cursor = PageCursor.encode(key);
        assertEquals(key, PageCursor.decode(cursor, BASE_KEY, TableDefinition.PK, PARTITION));
    }

    @Test
    void roundTripsAFourAttributeIndexKey() {
        Map<String, AttributeValue> key = Map.of(
                TableDefinition.PK, AttributeValue.fromS("PROGRAM#prg_b"),
                TableDefinition.SK, AttributeValue.fromS("PROGRAM"),
                TableDefinition.GSI1_PK, AttributeValue.fromS(Keys.ALL_PROGRAMS),
                TableDefinition.GSI1_SK, AttributeValue.fromS("2026-01-01T00:00:00Z#prg_b"));
        Set<String> names = Set.of(TableDefinition.PK, TableDefinition.SK, TableDefinition.GSI1_PK, TableDefinition.GSI1_SK);
        assertEquals(key, PageCursor.decode(PageCursor.encode(key), names, TableDefinition.GSI1_PK, Keys.ALL_PROGRAMS));
    }

    @Test
    void encodingIsUrlSafeAndIndependentOfMapOrder() {
        Map<String, AttributeValue> key = registrationKey("prg_a", "user-1");
        String cursor = PageCursor.encode(key);
        assertEquals(cursor, PageCursor.encode(new java.util.LinkedHashMap<>(Map.of(
                TableDefinition.SK, key.get(TableDefinition.SK), TableDefinition.PK, key.get(TableDefinition.PK)))));
        assertEquals(true, cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(PageCursor.decode(null, BASE_KEY, TableDefinition.PK, PARTITION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "abc+/def", "a", "", "%%%"})
    void textThatIsNotUrlBase64IsRefused(String cursor) {
        assertRefused(cursor, BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void tamperedCursorIsRefused() {
        String cursor = PageCursor.encode(registrationKey("prg_a", "user-1"));
        char[] chars = cursor.toCharArray();
        chars[3] = chars[3] == 'A' ? 'B' : 'A'; // inside the encoded "PK=PROGRAM#prg_a" part
        assertRefused(new String(chars), BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void partWithoutANameIsRefused() {
        assertRefused(encodeText("PK=PROGRAM#prg_a\u001fjunk\u001f"), BASE_KEY, TableDefinition.PK, PARTITION);
        assertRefused(encodeText("=x\u001fPK=PROGRAM#prg_a\u001fSK=REG#u\u001f"), BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void cursorMissingAKeyAttributeIsRefused() {
        String cursor = PageCursor.encode(Map.of(TableDefinition.PK, AttributeValue.fromS(PARTITION)));
        assertRefused(cursor, BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void cursorWithAnExtraKeyAttributeIsRefused() {
        String cursor = PageCursor.encode(Map.of(
                TableDefinition.PK, AttributeValue.fromS(PARTITION),
                TableDefinition.SK, AttributeValue.fromS("REG#u"),
                TableDefinition.GSI1_PK, AttributeValue.fromS("USER#u")));
        assertRefused(cursor, BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void cursorFromAnIndexListIsRefusedOnTheBaseTableList() {
        String cursor = PageCursor.encode(Map.of(
                TableDefinition.GSI1_PK, AttributeValue.fromS(PARTITION),
                TableDefinition.GSI1_SK, AttributeValue.fromS("REG#u")));
        assertRefused(cursor, BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void cursorFromAnotherProgramIsRefused() {
        String otherProgram = PageCursor.encode(registrationKey("prg_b", "user-1"));
        assertRefused(otherProgram, BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void cursorWhosePartitionMerelyStartsWithTheProgramIsRefused() {
        String longerId = PageCursor.encode(registrationKey("prg_abc", "user-1"));
        assertRefused(longerId, BASE_KEY, TableDefinition.PK, PARTITION);
    }

    @Test
    void aKeyOutsideTheListsSortRangeIsRefused() {
        // The program's counters item shares the partition but is not a registration: DynamoDB would reject it.
        String cursor = PageCursor.encode(Map.of(TableDefinition.PK, AttributeValue.fromS(PARTITION),
                TableDefinition.SK, AttributeValue.fromS("COUNTS")));
        ValidationException e = assertThrows(ValidationException.class, () -> PageCursor.decode(cursor, BASE_KEY,
                TableDefinition.PK, PARTITION, TableDefinition.SK, Keys.REGISTRATION_PREFIX));
        assertEquals(List.of(REFUSED), e.errors());
        Map<String, AttributeValue> registration = registrationKey("prg_a", "user-1");
        assertEquals(registration, PageCursor.decode(PageCursor.encode(registration), BASE_KEY, TableDefinition.PK, PARTITION,
                TableDefinition.SK, Keys.REGISTRATION_PREFIX));
    }
}
