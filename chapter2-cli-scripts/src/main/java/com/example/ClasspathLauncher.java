package com.example;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Java start of {@code bin\windows\kafka-run-class.cmd} (and through it every {@code bin\windows\*.cmd} and
 * {@code walkthrough\*.cmd}): this module's classpath is about 8,400 characters, more than a cmd.exe command line
 * holds (8,191), so the .cmd starts Java with this class alone ({@code -cp target\classes}) and this class reads
 * the classpath Maven wrote to {@code target\classpath.txt}, puts the log configuration directory and this
 * module's classes in front, and runs book-common's {@code ToolLauncher} — the same entry as
 * {@code bin/kafka-run-class.sh} — in a class loader of those. Paths with spaces and non-ASCII names
 * ({@code C:\Users\홍길동}) are read from the file, never parsed by cmd.exe.
 *
 * <pre>
 * ClasspathLauncher &lt;classpath file&gt; &lt;log config dir&gt; &lt;main class&gt; [arguments...]
 * ClasspathLauncher --fresh &lt;classpath file&gt; &lt;pom.xml&gt;   exit 0 when the file is there and newer than the pom
 * </pre>
 * The second form is the .cmd's "resolve again?" question, which the .sh asks with {@code -nt}: cmd.exe cannot
 * compare two files' times.
 */
public final class ClasspathLauncher {

    private static final String ENTRY = "com.example.common.ToolLauncher";

    private ClasspathLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 3 && args[0].equals("--fresh")) {
            System.exit(isFresh(Path.of(args[1]), Path.of(args[2])) ? 0 : 1);
        }
        if (args.length < 3) {
            System.err.println("usage: ClasspathLauncher <classpath file> <log config dir> <main class> [arguments...]");
            System.exit(1);
        }
        ClassLoader loader;
        try {
            loader = classLoader(Path.of(args[0]), Path.of(args[1]));
        } catch (IOException e) {
            System.err.println("error: cannot read the classpath file " + args[0] + " (" + e.getMessage()
                    + "); run once from the repository: .\\mvnw.cmd -q install -DskipTests");
            System.exit(1);
            return;
        }
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass(ENTRY).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Whether {@code classpathFile} is there, not empty, and not older than {@code pom} (Maven wrote it since). */
    static boolean isFresh(Path classpathFile, Path pom) {
        try {
            return Files.size(classpathFile) > 0
                    && Files.getLastModifiedTime(classpathFile).compareTo(Files.getLastModifiedTime(pom)) >= 0;
        } catch (IOException missing) {
            return false;
        }
    }

    /**
     * The log configuration directory, this module's classes, then every entry of {@code classpathFile}; its parent
     * is the platform class loader, so that nothing is loaded from the bare {@code -cp} this class came from.
     */
    static URLClassLoader classLoader(Path classpathFile, Path logConfigDir) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(url(logConfigDir));
        urls.add(url(Path.of(codeSource())));
        for (String entry : read(classpathFile).trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(url(Path.of(entry.trim())));
            }
        }
        return new URLClassLoader("tools", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Maven writes the file in its JVM's default charset; UTF-8 when it decodes as UTF-8. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.defaultCharset());
        }
    }

    private static java.net.URI codeSource() {
        try {
            return ClasspathLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path path) throws MalformedURLException {
        return path.toAbsolutePath().toUri().toURL();
    }
}
