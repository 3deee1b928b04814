package com.pairwise.shared.store;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Storage shape of a {@link Registration}: PK=PROGRAM#programId, SK=REG#userId; GSI1 USER#userId / REG#programId finds a
 * person's registrations; waitlisted ones also carry GSI2 WAITLIST#programId / registeredAt#userId.
 */
final class RegistrationItem {
    String pk;
    String sk;
    String gsi1pk;
    String gsi1sk;
    String gsi2pk;
    String gsi2sk;
    String programId;
    String userId;
    String role;
    String status;
    String displayName;
    String email;
    List<String> languages;
    String timeZone;
    String country;
    String region;
    String department;
    String seniority;
    List<String> skillsOffered;
    List<String> skillsToDevelop;
    String goals;
    List<String> interests;
    Integer capacity;
    String registeredAt;
    String updatedAt;
    Long version;

    static final TableSchema<RegistrationItem> SCHEMA = schema();

    private static TableSchema<RegistrationItem> schema() {
        StaticTableSchema.Builder<RegistrationItem> b =
                StaticTableSchema.builder(RegistrationItem.class).newItemSupplier(RegistrationItem::new);
        new ItemAttributes<>(b)
                .string(TableDefinition.PK, i -> i.pk, (i, v) -> i.pk = v, primaryPartitionKey())
                .string(TableDefinition.SK, i -> i.sk, (i, v) -> i.sk = v, primarySortKey())
                .string(TableDefinition.GSI1_PK, i -> i.gsi1pk, (i, v) -> i.gsi1pk = v, secondaryPartitionKey(TableDefinition.GSI1))
                .string(TableDefinition.GSI1_SK, i -> i.gsi1sk, (i, v) -> i.gsi1sk = v, secondarySortKey(TableDefinition.GSI1))
                .string(TableDefinition.GSI2_PK, i -> i.gsi2pk, (i, v) -> i.gsi2pk = v, secondaryPartitionKey(TableDefinition.GSI2))
                .string(TableDefinition.GSI2_SK, i -> i.gsi2sk, (i, v) -> i.gsi2sk = v, secondarySortKey(TableDefinition.GSI2))
                .string("type", i -> "registration", (i, v) -> { })
                .string("programId", i -> i.programId, (i, v) -> i.programId = v)
                .string("userId", i -> i.userId, (i, v) -> i.userId = v)
                .string("role", i -> i.role, (i, v) -> i.role = v)
                .string("status", i -> i.status, (i, v) -> i.status = v)
                .string("displayName", i -> i.displayName, (i, v) -> i.displayName = v)
                .string("email", i -> i.email, (i, v) -> i.email = v)
                .strings("languages", i -> i.languages, (i, v) -> i.languages = v)
                .string("timeZone", i -> i.timeZone, (i, v) -> i.timeZone = v)
                .string("country", i -> i.country, (i, v) -> i.country = v)
                .string("region", i -> i.region, (i, v) -> i.region = v)
                .string("department", i -> i.department, (i, v) -> i.department = v)
                .string("seniority", i -> i.seniority, (i, v) -> i.seniority = v)
                .strings("skillsOffered", i -> i.skillsOffered, (i, v) -> i.skillsOffered = v)
                .strings("skillsToDevelop", i -> i.skillsToDevelop, (i, v) -> i.skillsToDevelop = v)
                .string("goals", i -> i.goals, (i, v) -> i.goals = v)
                .strings("interests", i -> i.interests, (i, v) -> i.interests = v)
                .integer("capacity", i -> i.capacity, (i, v) -> i.capacity = v)
                .string("registeredAt", i -> i.registeredAt, (i, v) -> i.registeredAt = v)
                .string("updatedAt", i -> i.updatedAt, (i, v) -> i.updatedAt = v)
                .number("version", i -> i.version, (i, v) -> i.version = v);
        return b.build();
    }

    static RegistrationItem from(Registration r) {
        RegistrationItem i = new RegistrationItem();
        i.pk = Keys.program(r.programId());
        i.sk = Keys.registration(r.userId());
        i.gsi1pk = Keys.user(r.userId());
        i.gsi1sk = Keys.registration(r.programId());
        if (r.status() == RegistrationStatus.WAITLISTED) {
            i.gsi2pk = Keys.waitlist(r.programId());
            i.gsi2sk = r.registeredAt() + "#" + r.userId();
        }
        i.programId = r.programId();
        i.userId = r.userId();
        i.role = r.role().wire();
        i.status = r.status().wire();
        Profile p = r.profile();
        i.displayName = p.displayName();
        i.email = p.email();
        i.languages = p.languages();
        i.timeZone = p.timeZone();
        i.country = p.country();
        i.region = p.region();
        i.department = p.department();
        i.seniority = p.seniority();
        i.skillsOffered = p.skillsOffered();
        i.skillsToDevelop = p.skillsToDevelop();
        i.goals = p.goals();
        i.interests = p.interests();
        i.capacity = p.capacity();
        i.registeredAt = r.registeredAt().toString();
        i.updatedAt = r.updatedAt().toString();
        i.version = r.version();
        return i;
    }

    Registration toRegistration() {
        Profile profile = new Profile(displayName, email, Values.list(languages), timeZone, country, region, department,
                seniority, Values.list(skillsOffered), Values.list(skillsToDevelop), goals, Values.list(interests), capacity);
        return new Registration(programId, userId, Values.wireEnum(Role.class, role),
                Values.wireEnum(RegistrationStatus.class, status), profile,
                Instant.parse(registeredAt), Instant.parse(updatedAt), version == null ? 0 : version);
    }
}
