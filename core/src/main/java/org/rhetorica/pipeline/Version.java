package org.rhetorica.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.rhetorica.io.ClassPath;

/** The version of Rhetorica that runs, as the build wrote it. */
public final class Version {
    /** The project version, e.g. {@code 0.2.0}. */
    public static final String CURRENT = read();

    private Version() {}

    private static String read() {
        String resource = "org/rhetorica/version.properties";
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(ClassPath.readString(resource, resource + " is missing from the build")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return properties.getProperty("version");
    }
}
