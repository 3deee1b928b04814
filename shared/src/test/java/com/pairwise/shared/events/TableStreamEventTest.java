package com.pairwise.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TableStreamEventTest {
    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void onlyBatchesFromADynamoDbStreamMatch() throws Exception {
        assertTrue(TableStreamEvent.matches(json("{'Records':[{'eventSource':'aws:dynamodb'}]}")));
        assertFalse(TableStreamEvent.matches(json("{'Records':[{'eventSource':'aws:sqs'}]}")));
        assertFalse(TableStreamEvent.matches(json("{'Records':[]}")));
        assertFalse(TableStreamEvent.matches(json("{'detail-type':'Scheduled Event'}")));
    }

    @Test
    void insertsAreReadIntoAttributeValuesOfEveryType() throws Exception {
        JsonNode batch = json("{'Records':["
                + "{'eventSource':'aws:dynamodb','eventName':'INSERT','dynamodb':{'NewImage':{"
                + "'s':{'S':'text'},'n':{'N':'42'},'b':{'BOOL':true},'z':{'NULL':true},"
                + "'m':{'M':{'inner':{'S':'x'}}},'l':{'L':[{'N':'1'},{'S':'two'}]},"
                + "'ss':{'SS':['a','b']},'ns':{'NS':['1','2']},'bin':{'B':'AQI='},'bs':{'BS':['AQ==']}}}},"
                + "{'eventSource':'aws:dynamodb','eventName':'MODIFY','dynamodb':{'NewImage':{'s':{'S':'changed'}}}},"
                + "{'eventSource':'aws:dynamodb','eventName':'REMOVE','dynamodb':{'Keys':{'PK':{'S':'gone'}}}}]}");

        List<Map<String, AttributeValue>> images = TableStreamEvent.insertedImages(batch);

        assertEquals(1, images.size(), "only the INSERT is a new item");
        Map<String, AttributeValue> item = images.get(0);
        assertEquals("text", item.get("s").s());
        assertEquals("42", item.get("n").n());
        assertEquals(true, item.get("b").bool());
        assertEquals(true, item.get("z").nul());
        assertEquals("x", item.get("m").m().get("inner").s());
        assertEquals(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("two")), item.get("l").l());
        assertEquals(List.of("a", "b"), item.get("ss").ss());
        assertEquals(List.of("1", "2"), item.get("ns").ns());
        assertEquals(SdkBytes.fromByteArray(new byte[] {1, 2}), item.get("bin").b());
        assertEquals(List.of(SdkBytes.fromByteArray(new byte[] {1})), item.get("bs").bs());
    }
}
