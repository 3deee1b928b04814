package com.pairwise.shared.store;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.RegistrationWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Storage shape of a {@link Program}: PK=PROGRAM#id, SK=PROGRAM; listed through GSI1 PROGRAMS by creation time. */
final class ProgramItem {
    String pk;
    String sk;
    String gsi1pk;
    String gsi1sk;
    String id;
    String name;
    String description;
    String kind;
    String startDate;
    String endDate;
    String format;
    String status;
    String mentorOpensAt;
    String mentorClosesAt;
    String menteeOpensAt;
    String menteeClosesAt;
    Integer menteeCap;
    Integer defaultMentorCapacity;
    List<String> requiredProfileFields;
    List<String> languages;
    List<String> seniorityLevels;
    List<String> coordinators;
    String matching;
    String reminders;
    String createdAt;
    String updatedAt;
    Long version;

    static final TableSchema<ProgramItem> SCHEMA = schema();

    private static TableSchema<ProgramItem> schema() {
        StaticTableSchema.Builder<ProgramItem> b = StaticTableSchema.builder(ProgramItem.class).newItemSupplier(ProgramItem::new);
        new ItemAttributes<>(b)
                .string(TableDefinition.PK, i -> i.pk, (i, v) -> i.pk = v, primaryPartitionKey())
                .string(TableDefinition.SK, i -> i.sk, (i, v) -> i.sk = v, primarySortKey())
                .string(TableDefinition.GSI1_PK, i -> i.gsi1pk, (i, v) -> i.gsi1pk = v, secondaryPartitionKey(TableDefinition.GSI1))
                .string(TableDefinition.GSI1_SK, i -> i.gsi1sk, (i, v) -> i.gsi1sk = v, secondarySortKey(TableDefinition.GSI1))
                .string("type", i -> "program", (i, v) -> { })
                .string("id", i -> i.id, (i, v) -> i.id = v)
                .string("name", i -> i.name, (i, v) -> i.name = v)
                .string("description", i -> i.description, (i, v) -> i.description = v)
                .string("kind", i -> i.kind, (i, v) -> i.kind = v)
                .string("startDate", i -> i.startDate, (i, v) -> i.startDate = v)
                .string("endDate", i -> i.endDate, (i, v) -> i.endDate = v)
                .string("format", i -> i.format, (i, v) -> i.format = v)
                .string("status", i -> i.status, (i, v) -> i.status = v)
                .string("mentorOpensAt", i -> i.mentorOpensAt, (i, v) -> i.mentorOpensAt = v)
                .string("mentorClosesAt", i -> i.mentorClosesAt, (i, v) -> i.mentorClosesAt = v)
                .string("menteeOpensAt", i -> i.menteeOpensAt, (i, v) -> i.menteeOpensAt = v)
                .string("menteeClosesAt", i -> i.menteeClosesAt, (i, v) -> i.menteeClosesAt = v)
                .integer("menteeCap", i -> i.menteeCap, (i, v) -> i.menteeCap = v)
                .integer("defaultMentorCapacity", i -> i.defaultMentorCapacity, (i, v) -> i.defaultMentorCapacity = v)
                .strings("requiredProfileFields", i -> i.requiredProfileFields, (i, v) -> i.requiredProfileFields = v)
                .strings("languages", i -> i.languages, (i, v) -> i.languages = v)
                .strings("seniorityLevels", i -> i.seniorityLevels, (i, v) -> i.seniorityLevels = v)
                .strings("coordinators", i -> i.coordinators, (i, v) -> i.coordinators = v)
                .string("matching", i -> i.matching, (i, v) -> i.matching = v)
                .string("reminders", i -> i.reminders, (i, v) -> i.reminders = v)
                .string("createdAt", i -> i.createdAt, (i, v) -> i.createdAt = v)
                .string("updatedAt", i -> i.updatedAt, (i, v) -> i.updatedAt = v)
                .number("version", i -> i.version, (i, v) -> i.version = v);
        return b.build();
    }

    static ProgramItem from(Program p) {
        ProgramSettings s = p.settings();
        ProgramItem i = new ProgramItem();
        i.pk = Keys.program(p.id());
        i.sk = Keys.PROGRAM_SK;
        i.gsi1pk = Keys.ALL_PROGRAMS;
        i.gsi1sk = p.createdAt() + "#" + p.id();
        i.id = p.id();
        i.name = s.name();
        i.description = s.description();
        i.kind = s.kind().wire();
        i.startDate = Values.text(s.startDate());
        i.endDate = Values.text(s.endDate());
        i.format = s.format().wire();
        i.status = s.status().wire();
        i.mentorOpensAt = Values.text(s.mentorRegistration().opensAt());
        i.mentorClosesAt = Values.text(s.mentorRegistration().closesAt());
        i.menteeOpensAt = Values.text(s.menteeRegistration().opensAt());
        i.menteeClosesAt = Values.text(s.menteeRegistration().closesAt());
        i.menteeCap = s.menteeCap();
        i.defaultMentorCapacity = s.defaultMentorCapacity();
        i.requiredProfileFields = s.requiredProfileFields().stream().map(ProfileField::wire).sorted().collect(Collectors.toList());
        i.languages = s.languages();
        i.seniorityLevels = s.seniorityLevels();
        i.coordinators = s.coordinators();
        i.matching = MatchingSettingsText.write(s.matching());
        i.reminders = ReminderTimingsText.write(s.reminders());
        i.createdAt = p.createdAt().toString();
        i.updatedAt = p.updatedAt().toString();
        i.version = p.version();
        return i;
    }

    Program toProgram() {
        ProgramSettings settings = new ProgramSettings(name, description,
                Values.wireEnum(ProgramKind.class, kind),
                startDate == null ? null : LocalDate.parse(startDate),
                endDate == null ? null : LocalDate.parse(endDate),
                Values.wireEnum(ProgramFormat.class, format),
                Values.wireEnum(ProgramStatus.class, status),
                new RegistrationWindow(Values.instant(mentorOpensAt), Values.instant(mentorClosesAt)),
                new RegistrationWindow(Values.instant(menteeOpensAt), Values.instant(menteeClosesAt)),
                menteeCap,
                defaultMentorCapacity == null ? 1 : defaultMentorCapacity,
                Values.list(requiredProfileFields).stream().map(f -> Values.wireEnum(ProfileField.class, f)).collect(Collectors.toSet()),
                Values.list(languages), Values.list(seniorityLevels), Values.list(coordinators),
                MatchingSettingsText.read(matching), ReminderTimingsText.read(reminders));
        return new Program(id, settings, Instant.parse(createdAt), Instant.parse(updatedAt), version == null ? 0 : version);
    }
}
