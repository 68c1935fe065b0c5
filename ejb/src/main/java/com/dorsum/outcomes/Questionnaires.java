package com.dorsum.outcomes;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The instruments' questionnaires, loaded once at start from FHIR R4 Questionnaire resources: the ones shipped in
 * {@code questionnaires/} (section names and neutral answer levels of our own, since the ODI and NDI wording is
 * licensed by its authors), each replaced by the clinic's own file {@code odi.json}, {@code ndi.json} or
 * {@code nprs.json} in the folder {@code clinic.outcomes.questionnaire-dir} when there is one. A file is used only
 * when it fits its instrument (its LOINC panel code, items 1 to n, answer values 0 to the maximum): the scoring
 * is the instrument's, whatever the wording; a file that does not fit is reported and the shipped one is kept.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Questionnaires {

    private static final Logger LOG = Logger.getLogger(Questionnaires.class.getName());

    @Inject
    @ConfigProperty(name = "clinic.outcomes.questionnaire-dir")
    Optional<String> clinicFolder;

    private volatile Map<Instrument, QuestionnaireForm> forms = Map.of();

    @PostConstruct
    void load() {
        Map<Instrument, QuestionnaireForm> loaded = new EnumMap<>(Instrument.class);
        for (Instrument instrument : Instrument.values()) {
            QuestionnaireForm form = shipped(instrument);
            Optional<Path> own = clinicFolder.map(folder -> Path.of(folder, fileName(instrument)))
                    .filter(Files::isRegularFile);
            if (own.isPresent()) {
                try {
                    form = read(instrument, Files.readString(own.get(), StandardCharsets.UTF_8));
                    LOG.info(() -> instrument + ": the clinic's questionnaire " + own.get() + " is used");
                } catch (IOException | RuntimeException unfit) {
                    LOG.severe(() -> instrument + ": the clinic's questionnaire " + own.get()
                            + " is not used, the shipped one is: " + unfit.getMessage());
                }
            }
            loaded.put(instrument, form);
        }
        forms = loaded;
    }

    public QuestionnaireForm of(Instrument instrument) {
        return forms.get(instrument);
    }

    public Collection<QuestionnaireForm> all() {
        return forms.values();
    }

    static String fileName(Instrument instrument) {
        return instrument.name().toLowerCase() + ".json";
    }

    static QuestionnaireForm shipped(Instrument instrument) {
        String name = "/questionnaires/" + fileName(instrument);
        try (InputStream in = Questionnaires.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return read(instrument, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a Questionnaire resource and checks that it fits the instrument; refuses it with the reason. */
    static QuestionnaireForm read(Instrument instrument, String json) {
        JsonObject resource;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            resource = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        if (!"Questionnaire".equals(resource.getString("resourceType", null))) {
            throw new IllegalArgumentException("resourceType is not Questionnaire");
        }
        if (!hasLoinc(resource, instrument.panelLoinc())) {
            throw new IllegalArgumentException("code does not carry LOINC " + instrument.panelLoinc());
        }
        List<QuestionnaireForm.Item> items = new ArrayList<>();
        for (JsonValue value : resource.getJsonArray("item") == null ? JsonValue.EMPTY_JSON_ARRAY
                : resource.getJsonArray("item")) {
            JsonObject item = value.asJsonObject();
            if (!"choice".equals(item.getString("type", null))) {
                continue; // the calculated score and any display items
            }
            int number = Integer.parseInt(item.getString("linkId"));
            List<QuestionnaireForm.Option> options = new ArrayList<>();
            for (JsonValue option : item.getJsonArray("answerOption")) {
                JsonObject coding = option.asJsonObject().getJsonObject("valueCoding");
                options.add(new QuestionnaireForm.Option(Integer.parseInt(coding.getString("code")),
                        coding.getString("display", coding.getString("code"))));
            }
            items.add(new QuestionnaireForm.Item(number, item.getString("text", "Item " + number), List.copyOf(options)));
        }
        for (int n = 1; n <= instrument.items(); n++) {
            int number = n;
            QuestionnaireForm.Item item = items.stream().filter(i -> i.number() == number).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("item " + number + " is missing"));
            List<Integer> values = item.options().stream().map(QuestionnaireForm.Option::value).toList();
            for (int v = 0; v <= instrument.maxValue(); v++) {
                if (!values.contains(v)) {
                    throw new IllegalArgumentException("item " + number + " has no answer " + v);
                }
            }
            if (values.size() != instrument.maxValue() + 1) {
                throw new IllegalArgumentException("item " + number + " has answers other than 0 to "
                        + instrument.maxValue());
            }
        }
        if (items.size() != instrument.items()) {
            throw new IllegalArgumentException("has " + items.size() + " items to answer, not " + instrument.items());
        }
        return new QuestionnaireForm(instrument, resource.getString("title", instrument.title()),
                resource.getString("description", ""), List.copyOf(items), json);
    }

    private static boolean hasLoinc(JsonObject resource, String code) {
        JsonArray codes = resource.getJsonArray("code");
        return codes != null && codes.stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> "http://loinc.org".equals(c.getString("system", null))
                        && c.get("code") instanceof JsonString s && code.equals(s.getString()));
    }
}
