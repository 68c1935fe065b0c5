package com.dorsum.api.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the API (the {@code @Path} classes under {@code com.dorsum.api}), each with the
 * plain path template it is published under, so the OpenAPI filter can find the Java method behind an operation.
 */
final class ResourceMethods {

    static final String PACKAGE = "com.dorsum.api";

    private ResourceMethods() {
    }

    /** One resource method: HTTP method, plain template ({@code /api/v1/patients/{patientId}}), Java method. */
    record ResourceMethod(String httpMethod, String path, Class<?> resource, Method method) {

        String key() {
            return key(httpMethod, path);
        }

        static String key(String httpMethod, String path) {
            return httpMethod.toUpperCase() + " " + path;
        }

        /** Roles allowed, or an empty list for an operation anyone may call ({@code @PermitAll}). */
        List<String> roles() {
            if (method.isAnnotationPresent(PermitAll.class)) {
                return List.of();
            }
            RolesAllowed allowed = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                    .orElse(resource.getAnnotation(RolesAllowed.class));
            return allowed == null ? List.of() : List.of(allowed.value());
        }

        boolean signInNeeded() {
            return !method.isAnnotationPresent(PermitAll.class);
        }

        /** The request body's parameter: the one without a JAX-RS parameter annotation. */
        Optional<Parameter> entity() {
            return Arrays.stream(method.getParameters())
                    .filter(p -> Arrays.stream(p.getAnnotations()).noneMatch(ResourceMethods::jaxrsParameter))
                    .findFirst();
        }

        List<String> produces() {
            Produces produces = Optional.ofNullable(method.getAnnotation(Produces.class))
                    .orElse(resource.getAnnotation(Produces.class));
            return produces == null ? List.of(MediaType.APPLICATION_JSON) : mediaTypes(produces.value());
        }

        List<String> consumes() {
            Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                    .orElse(resource.getAnnotation(Consumes.class));
            return consumes == null ? List.of(MediaType.APPLICATION_JSON) : mediaTypes(consumes.value());
        }

        /** The capability the resource belongs to: its package below {@code com.dorsum.api}. */
        String capability() {
            String pkg = resource.getPackageName();
            return pkg.substring(pkg.lastIndexOf('.') + 1);
        }
    }

    /** Every resource method of the API, in a stable order. */
    static List<ResourceMethod> all() {
        List<Class<?>> classes = classes();
        String base = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst().orElse("");
        List<ResourceMethod> methods = new ArrayList<>();
        for (Class<?> resource : classes) {
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null || resource.isInterface() || Modifier.isAbstract(resource.getModifiers())) {
                continue;
            }
            Method[] declared = resource.getMethods();
            Arrays.sort(declared, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method method : declared) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = template(base + "/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()));
                methods.add(new ResourceMethod(httpMethod, path, resource, method));
            }
        }
        return methods;
    }

    /**
     * A JAX-RS path as a plain URI template: one leading slash, no doubled or trailing slashes, and each
     * {@code {name: regex}} written {@code {name}} (the regex may hold braces of its own, as in {@code {20,100}}).
     */
    static String template(String jaxrsPath) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inName = false;
        for (char c : jaxrsPath.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    inName = true;
                    plain.append('{');
                }
                continue;
            }
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    plain.append('}');
                }
                continue;
            }
            if (depth == 0) {
                plain.append(c);
            } else if (inName) {
                if (c == ':') {
                    inName = false;
                } else if (!Character.isWhitespace(c)) {
                    plain.append(c);
                }
            }
            if (depth == 0) {
                inName = false;
            }
        }
        String path = ("/" + plain).replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The regular expressions of a JAX-RS path's templates, by parameter name. */
    static Map<String, String> regexes(String jaxrsPath) {
        Map<String, String> regexes = new LinkedHashMap<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < jaxrsPath.length(); i++) {
            char c = jaxrsPath.charAt(i);
            if (c == '{' && depth++ == 0) {
                start = i + 1;
            } else if (c == '}' && --depth == 0) {
                String template = jaxrsPath.substring(start, i);
                int colon = template.indexOf(':');
                if (colon > 0) {
                    regexes.put(template.substring(0, colon).trim(), template.substring(colon + 1).trim());
                }
            }
        }
        return regexes;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean jaxrsParameter(Annotation a) {
        Class<? extends Annotation> t = a.annotationType();
        return t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == CookieParam.class
                || t == MatrixParam.class || t == FormParam.class || t == BeanParam.class || t == Context.class
                || t.getSimpleName().equals("FormDataParam");
    }

    private static List<String> mediaTypes(String[] values) {
        // Without parameters (text/calendar; charset=utf-8 is text/calendar), as OpenAPI's content keys are.
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.split(";")[0].trim().toLowerCase()).distinct().toList();
    }

    /** The top-level classes under the API package, read from where this class was loaded (a folder or a jar). */
    private static List<Class<?>> classes() {
        ClassLoader loader = ResourceMethods.class.getClassLoader();
        String folder = PACKAGE.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    JarURLConnection jar = (JarURLConnection) root.openConnection();
                    jar.setUseCaches(false);
                    jar.getJarFile().stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(folder + "/")).forEach(names::add);
                } else if (root.getProtocol().equals("file")) {
                    java.nio.file.Path start = Paths.get(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(start)) {
                        files.map(f -> folder + "/" + start.relativize(f).toString().replace(File.separatorChar, '/'))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the API's classes could not be listed", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the API's classes could not be listed", e);
        }
        List<Class<?>> classes = new ArrayList<>();
        names.stream().filter(n -> n.endsWith(".class") && !n.contains("$") && !n.endsWith("package-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).distinct().sorted()
                .forEach(n -> {
                    try {
                        classes.add(Class.forName(n, false, loader));
                    } catch (ClassNotFoundException | LinkageError e) {
                        // Not loadable here (a class of another module's view): not a resource of this API.
                    }
                });
        return classes;
    }
}
