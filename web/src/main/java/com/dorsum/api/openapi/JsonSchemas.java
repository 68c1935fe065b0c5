package com.dorsum.api.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas of the API's bodies, read from their Java types as JSON-B writes and reads them: records by their
 * components, other classes by their bean properties, enums as their names, java.time as ISO-8601 strings.
 * Bean Validation on a property (and MicroProfile {@code @Schema} on it) gives {@code required}, bounds, patterns
 * and formats, so the description states what the server enforces. Every record, class and enum becomes a named
 * component schema: its simple name without a {@code Dto} suffix; a generic page ({@code PageOf<PatientDto>}) is
 * {@code PatientPage}; two types that would share a name are told apart by their enclosing type.
 */
final class JsonSchemas {

    /** Local date-times as the API writes them: {@code 2026-12-01T09:30} (seconds optional), no offset. */
    static final String LOCAL_DATE_TIME = "local-date-time";
    static final String LOCAL_TIME = "local-time";

    private final Map<String, Type> named = new HashMap<>();
    private final Map<Type, String> names = new HashMap<>();
    private final Map<String, Schema> schemas = new TreeMap<>();

    /** The schema of a body or parameter of this type: a reference to a component, or an inline simple schema. */
    Schema of(Type type) {
        Class<?> raw = raw(type);
        Schema simple = simple(raw);
        if (simple != null) {
            return simple;
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Type item = raw.isArray()
                    ? (type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType())
                    : argument(type, 0);
            Schema array = OASFactory.createSchema().type(SchemaType.ARRAY).items(of(item));
            return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(argument(type, 1)));
        }
        if (raw == Object.class) {
            return OASFactory.createSchema();
        }
        return OASFactory.createSchema().ref(component(type));
    }

    /** The component schemas made so far, by name. */
    Map<String, Schema> components() {
        return schemas;
    }

    private String component(Type type) {
        String name = names.get(type);
        if (name != null) {
            return name;
        }
        name = uniqueName(type);
        names.put(type, name);
        named.put(name, type);
        Schema placeholder = OASFactory.createSchema();
        schemas.put(name, placeholder);
        Class<?> raw = raw(type);
        if (raw.isEnum()) {
            placeholder.type(SchemaType.STRING).enumeration(Arrays.stream(raw.getEnumConstants())
                    .map(c -> (Object) ((Enum<?>) c).name()).toList());
        } else {
            fillObject(placeholder, type, raw);
        }
        described(placeholder, raw);
        return name;
    }

    private void fillObject(Schema schema, Type type, Class<?> raw) {
        schema.type(SchemaType.OBJECT);
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Property p : properties(raw)) {
            Schema property = of(resolve(p.type(), type, raw));
            constrain(property, p, required);
            properties.put(p.name(), property);
        }
        schema.properties(properties);
        if (!required.isEmpty()) {
            schema.required(required.stream().sorted().toList());
        }
    }

    /** A property's bounds and formats from its Bean Validation and {@code @Schema} annotations. */
    private void constrain(Schema property, Property p, List<String> required) {
        boolean isRef = property.getRef() != null;
        if (p.primitive() || p.has(NotNull.class) || p.has(NotBlank.class) || p.has(NotEmpty.class)
                || p.mp().map(org.eclipse.microprofile.openapi.annotations.media.Schema::required).orElse(false)) {
            required.add(p.name());
        }
        if (isRef) {
            return;
        }
        boolean text = property.getType() == SchemaType.STRING;
        if (p.has(NotBlank.class) || p.has(NotEmpty.class)) {
            if (text) {
                property.minLength(1);
            } else if (property.getType() == SchemaType.ARRAY) {
                property.minItems(1);
            }
        }
        p.get(Size.class).ifPresent(size -> {
            if (text) {
                if (size.min() > 0) {
                    property.minLength(size.min());
                }
                property.maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
            } else if (property.getType() == SchemaType.ARRAY) {
                property.minItems(size.min() > 0 ? size.min() : null);
                property.maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
            }
        });
        p.get(Pattern.class).ifPresent(pattern -> property.pattern(pattern.regexp()));
        p.get(Email.class).ifPresent(email -> property.format("email"));
        p.get(Min.class).ifPresent(min -> property.minimum(BigDecimal.valueOf(min.value())));
        p.get(Max.class).ifPresent(max -> property.maximum(BigDecimal.valueOf(max.value())));
        p.get(DecimalMin.class).ifPresent(min -> property.minimum(new BigDecimal(min.value())));
        p.get(DecimalMax.class).ifPresent(max -> property.maximum(new BigDecimal(max.value())));
        p.get(Positive.class).ifPresent(positive -> property.minimum(BigDecimal.ONE));
        p.get(PositiveOrZero.class).ifPresent(zero -> property.minimum(BigDecimal.ZERO));
        p.get(Past.class).ifPresent(past -> property.description("In the past."));
        p.get(PastOrPresent.class).ifPresent(past -> property.description("Today or earlier."));
        p.mp().ifPresent(mp -> {
            if (!mp.description().isEmpty()) {
                property.description(mp.description());
            }
            if (!mp.minimum().isEmpty()) {
                property.minimum(new BigDecimal(mp.minimum()));
            }
            if (!mp.maximum().isEmpty()) {
                property.maximum(new BigDecimal(mp.maximum()));
            }
            if (mp.maxLength() < Integer.MAX_VALUE) {
                property.maxLength(mp.maxLength());
            }
            if (!mp.pattern().isEmpty()) {
                property.pattern(mp.pattern());
            }
            if (!mp.example().isEmpty()) {
                property.example(mp.example());
            }
        });
    }

    private static void described(Schema schema, Class<?> raw) {
        org.eclipse.microprofile.openapi.annotations.media.Schema mp =
                raw.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (mp != null && !mp.description().isEmpty()) {
            schema.description(mp.description());
        }
    }

    /** Strings, numbers, booleans and the java.time values JSON-B writes as ISO-8601 text; null for the rest. */
    static Schema simple(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
        }
        if (raw == float.class || raw == Float.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format("float");
        }
        if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date").example("2026-12-01");
        }
        if (raw == LocalDateTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format(LOCAL_DATE_TIME)
                    .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$").example("2026-12-01T09:30");
        }
        if (raw == LocalTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format(LOCAL_TIME)
                    .pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$").example("14:00");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (raw == UUID.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
        }
        if (raw == byte[].class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("byte");
        }
        return null;
    }

    private String uniqueName(Type type) {
        Class<?> declaring = raw(type).getEnclosingClass();
        // A nested enum (VisitChangeRequest.Kind) says little alone: it is named with the type it belongs to.
        String name = raw(type).isEnum() && declaring != null
                ? strip(declaring.getSimpleName(), "Resource", "Dto") + plainName(type) : plainName(type);
        Type taken = named.get(name);
        if (taken == null || taken.equals(type)) {
            return name;
        }
        // Another type has this name already: qualify this one by where it is declared.
        Class<?> raw = raw(type);
        Class<?> outer = raw.getEnclosingClass();
        String qualifier = outer != null ? strip(outer.getSimpleName(), "Resource", "Dto")
                : capitalize(raw.getPackageName().substring(raw.getPackageName().lastIndexOf('.') + 1));
        String qualified = qualifier + name;
        for (int n = 2; named.containsKey(qualified); n++) {
            qualified = qualifier + name + n;
        }
        return qualified;
    }

    private static String plainName(Type type) {
        Class<?> raw = raw(type);
        String name = strip(raw.getSimpleName(), "Dto");
        if (type instanceof ParameterizedType p) {
            StringBuilder of = new StringBuilder();
            for (Type argument : p.getActualTypeArguments()) {
                of.append(plainName(argument));
            }
            return of + (name.endsWith("Of") ? name.substring(0, name.length() - 2) : name);
        }
        return name;
    }

    private static String strip(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    /** A property's declared type with the owner's type arguments put in ({@code T} of {@code PageOf<T>}). */
    private static Type resolve(Type declared, Type owner, Class<?> raw) {
        if (declared instanceof TypeVariable<?> v && owner instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                if (variables[i].getName().equals(v.getName())) {
                    return p.getActualTypeArguments()[i];
                }
            }
        }
        if (declared instanceof ParameterizedType p && owner instanceof ParameterizedType) {
            Type[] arguments = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, owner, raw))
                    .toArray(Type[]::new);
            return new Parameterized((Class<?>) p.getRawType(), arguments);
        }
        return declared;
    }

    /** The JSON properties of a record (its components) or a bean (fields with a public getter or setter). */
    private static List<Property> properties(Class<?> raw) {
        List<Property> properties = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                Field field = field(raw, c.getName());
                if (field == null || !field.isAnnotationPresent(JsonbTransient.class)) {
                    properties.add(new Property(jsonName(c.getName(), field), c.getGenericType(),
                            c.getType().isPrimitive(), field != null ? field : c));
                }
            }
            return properties;
        }
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(JsonbTransient.class) || field.isSynthetic()
                        || !(Modifier.isPublic(field.getModifiers()) || accessor(raw, field))) {
                    continue;
                }
                properties.add(new Property(jsonName(field.getName(), field), field.getGenericType(),
                        field.getType().isPrimitive(), field));
            }
        }
        return properties;
    }

    private static boolean accessor(Class<?> raw, Field field) {
        String suffix = capitalize(field.getName());
        for (Method m : raw.getMethods()) {
            String name = m.getName();
            if (name.equals("get" + suffix) || name.equals("is" + suffix) || name.equals("set" + suffix)) {
                return true;
            }
        }
        return false;
    }

    private static Field field(Class<?> raw, String name) {
        try {
            return raw.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String jsonName(String name, Field field) {
        JsonbProperty renamed = field == null ? null : field.getAnnotation(JsonbProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : name;
    }

    private record Property(String name, Type type, boolean primitive, AnnotatedElement element) {

        boolean has(Class<? extends java.lang.annotation.Annotation> annotation) {
            return element.isAnnotationPresent(annotation);
        }

        <A extends java.lang.annotation.Annotation> java.util.Optional<A> get(Class<A> annotation) {
            return java.util.Optional.ofNullable(element.getAnnotation(annotation));
        }

        java.util.Optional<org.eclipse.microprofile.openapi.annotations.media.Schema> mp() {
            return get(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        }
    }

    /** A parameterized type with resolved arguments; equal to any other with the same raw type and arguments. */
    private record Parameterized(Class<?> rawType, Type[] arguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return rawType;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p && p.getOwnerType() == null && rawType.equals(p.getRawType())
                    && Arrays.equals(arguments, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ rawType.hashCode();
        }
    }
}
