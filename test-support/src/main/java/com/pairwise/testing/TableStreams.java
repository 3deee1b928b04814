package com.pairwise.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A table's stream in DynamoDB Local, read as Lambda's event source mapping would and handed over in the same shape:
 * {@code {"Records": [...]}} with each image in DynamoDB's JSON. Tests of the stream relay use it, so what the handler
 * reads comes from the real engine, not from a hand-written sample.
 */
public final class TableStreams implements AutoCloseable {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Map<String, String> iterators = new LinkedHashMap<>();

    private TableStreams(DynamoDbStreamsClient streams, String streamArn) {
        this.streams = streams;
        this.streamArn = streamArn;
    }

    /** Turns on the table's stream with new images, as the stack does, and reads it from its start. */
    public static TableStreams enable(EmbeddedDynamoDb database, DynamoDbClient dynamo, String tableName) {
        String arn = dynamo.updateTable(b -> b.tableName(tableName).streamSpecification(StreamSpecification.builder()
                        .streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE).build()))
                .tableDescription().latestStreamArn();
        return new TableStreams(database.newStreamsClient(), arn);
    }

    /** Every record written since the last call, as one Lambda batch (an empty {@code Records} array when none). */
    public ObjectNode nextBatch() {
        List<Record> records = new ArrayList<>();
        for (Shard shard : streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()) {
            String iterator = iterators.computeIfAbsent(shard.shardId(), id -> streams.getShardIterator(b -> b.streamArn(streamArn)
                    .shardId(id).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator());
            while (iterator != null) {
                String from = iterator;
                GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(from));
                records.addAll(page.records());
                iterator = page.nextShardIterator();
                if (page.records().isEmpty()) {
                    break; // an open shard always has a next iterator: stop at its end for now
                }
            }
            iterators.put(shard.shardId(), iterator);
        }
        ObjectNode batch = JSON.objectNode();
        ArrayNode out = batch.putArray("Records");
        records.forEach(r -> out.add(lambdaRecord(r)));
        return batch;
    }

    private ObjectNode lambdaRecord(Record r) {
        ObjectNode record = JSON.objectNode();
        record.put("eventID", r.eventID());
        record.put("eventName", r.eventNameAsString());
        record.put("eventVersion", r.eventVersion());
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", EmbeddedDynamoDb.REGION.id());
        ObjectNode dynamodb = record.putObject("dynamodb");
        dynamodb.set("Keys", image(r.dynamodb().keys()));
        if (r.dynamodb().hasNewImage()) {
            dynamodb.set("NewImage", image(r.dynamodb().newImage()));
        }
        dynamodb.put("SequenceNumber", r.dynamodb().sequenceNumber());
        dynamodb.put("SizeBytes", r.dynamodb().sizeBytes());
        dynamodb.put("StreamViewType", r.dynamodb().streamViewTypeAsString());
        record.put("eventSourceARN", streamArn);
        return record;
    }

    private static ObjectNode image(Map<String, AttributeValue> item) {
        ObjectNode out = JSON.objectNode();
        item.forEach((name, value) -> out.set(name, value(value)));
        return out;
    }

    private static ObjectNode value(AttributeValue v) {
        ObjectNode out = JSON.objectNode();
        switch (v.type()) {
            case S -> out.put("S", v.s());
            case N -> out.put("N", v.n());
            case BOOL -> out.put("BOOL", v.bool());
            case NUL -> out.put("NULL", true);
            case M -> out.set("M", image(v.m()));
            case L -> {
                ArrayNode list = out.putArray("L");
                v.l().forEach(e -> list.add(value(e)));
            }
            case SS -> v.ss().forEach(out.putArray("SS")::add);
            case NS -> v.ns().forEach(out.putArray("NS")::add);
            case B -> out.put("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
            case BS -> {
                ArrayNode set = out.putArray("BS");
                v.bs().forEach(e -> set.add(Base64.getEncoder().encodeToString(e.asByteArray())));
            }
            default -> throw new IllegalArgumentException("no DynamoDB JSON for " + v.type());
        }
        return out;
    }

    @Override
    public void close() {
        streams.close();
    }
}
