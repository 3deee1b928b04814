package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.agenda.AgendaHandler;
import com.pairwise.matching.MatchingHandler;
import com.pairwise.reminders.ReminderHandler;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.signup.SignupHandler;
import com.pairwise.surveys.SurveysHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The functions' code (the five functions and shared, as compiled) never builds a Jackson ObjectMapper: building one
 * costs a cold start 150-250 ms, and JsonTree does all the functions need. Checked here, where all five functions are
 * on the class path, by reading what each class file refers to.
 */
class FunctionColdStartRulesTest {
    /** Classes whose use builds (or is) a mapper. */
    private static final Set<String> MAPPERS = Set.of("com/pairwise/shared/http/Json",
            "com/fasterxml/jackson/databind/ObjectMapper", "com/fasterxml/jackson/databind/json/JsonMapper");
    /** Tree methods that build a mapper of their own; JsonTree.write writes trees instead. */
    private static final Set<String> NODE_TYPES = Set.of("JsonNode", "ObjectNode", "ArrayNode", "BaseJsonNode", "ContainerNode", "ValueNode");

    @Test
    void noFunctionCodeBuildsAnObjectMapper() throws Exception {
        List<String> offences = new ArrayList<>();
        int classes = 0;
        for (Class<?> anchor : List.of(HttpFunction.class, SignupHandler.class, MatchingHandler.class, AgendaHandler.class,
                ReminderHandler.class, SurveysHandler.class)) {
            for (ClassFile file : classFiles(anchor)) {
                if (file.name().equals("com/pairwise/shared/http/Json.class")) {
                    continue; // the mapper's own holder, for tests and tools
                }
                classes++;
                ClassFileReferences refs = file.references();
                refs.classes().stream().filter(MAPPERS::contains).forEach(c -> offences.add(file.name() + " uses " + c));
                refs.methods().stream().filter(FunctionColdStartRulesTest::writesThroughAMapper)
                        .forEach(m -> offences.add(file.name() + " calls " + m));
            }
        }
        assertTrue(classes > 300, "read only " + classes + " classes");
        assertEquals(List.of(), offences);
    }

    @Test
    void theCheckSeesAMapperUse() throws IOException {
        try (InputStream in = FunctionColdStartRulesTest.class.getResourceAsStream("/com/pairwise/local/HttpApiEvents.class")) {
            // the local runner may use the mapper (it is not a function); its class file shows the check sees both uses
            ClassFileReferences refs = ClassFileReferences.read(in);
            assertTrue(refs.classes().stream().anyMatch(MAPPERS::contains), refs.classes().toString());
            assertTrue(refs.methods().stream().anyMatch(FunctionColdStartRulesTest::writesThroughAMapper), refs.methods().toString());
        }
    }

    private static boolean writesThroughAMapper(String method) {
        int dot = method.lastIndexOf('.');
        String owner = method.substring(method.lastIndexOf('/') + 1, dot);
        String name = method.substring(dot + 1);
        return NODE_TYPES.contains(owner) && (name.equals("toString") || name.equals("toPrettyString"));
    }

    private record ClassFile(String name, byte[] bytes) {
        ClassFileReferences references() throws IOException {
            return ClassFileReferences.read(new java.io.ByteArrayInputStream(bytes));
        }
    }

    /** The class files of the module (folder or jar) the anchor class was loaded from. */
    private static List<ClassFile> classFiles(Class<?> anchor) throws IOException, URISyntaxException {
        Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<ClassFile> out = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    out.add(new ClassFile(where.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
                }
            }
        } else {
            try (ZipFile zip = new ZipFile(where.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".class") && entry.getName().startsWith("com/pairwise/")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            out.add(new ClassFile(entry.getName(), in.readAllBytes()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
