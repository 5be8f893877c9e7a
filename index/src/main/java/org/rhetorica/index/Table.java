package org.rhetorica.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.rhetorica.doc.DocumentJson;

/** Rows of named, typed columns written as CSV (Commons CSV), JSON Lines or Parquet, to a stream. */
final class Table {
    enum Type { TEXT, INTEGER, DECIMAL }

    record Column(String name, Type type) {}

    static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }

    static Column decimal(String name) {
        return new Column(name, Type.DECIMAL);
    }

    /** Writes rows; a row's values are keyed by column name, and null or missing values stay empty. */
    interface Writer extends AutoCloseable {
        void write(Map<String, Object> row) throws IOException;

        @Override
        void close() throws IOException;
    }

    private Table() {}

    static Writer open(Export.Format format, List<Column> columns, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> csv(columns, out);
            case JSONL -> jsonLines(out);
            case PARQUET -> parquet(columns, out);
        };
    }

    private static Writer csv(List<Column> columns, OutputStream out) throws IOException {
        List<String> names = columns.stream().map(Column::name).toList();
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(names.toArray(String[]::new)).setRecordSeparator("\n").get());
        return new Writer() {
            @Override
            public void write(Map<String, Object> row) throws IOException {
                List<Object> values = new ArrayList<>(names.size());
                names.forEach(name -> values.add(row.get(name)));
                printer.printRecord(values);
            }

            @Override
            public void close() throws IOException {
                printer.flush();
                out.flush();
            }
        };
    }

    private static Writer jsonLines(OutputStream out) {
        return new Writer() {
            @Override
            public void write(Map<String, Object> row) throws IOException {
                out.write(DocumentJson.mapper().writeValueAsBytes(row));
                out.write('\n');
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * Parquet, uncompressed: its compression codecs need Hadoop on the class path, and dictionary and
     * run-length encodings already keep repeated labels and sources small.
     */
    private static Writer parquet(List<Column> columns, OutputStream out) throws IOException {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Column column : columns) {
            switch (column.type()) {
                case TEXT -> builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column.name());
                case INTEGER -> builder.optional(PrimitiveTypeName.INT64).named(column.name());
                case DECIMAL -> builder.optional(PrimitiveTypeName.DOUBLE).named(column.name());
            }
        }
        MessageType schema = builder.named("row");
        ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StreamOutputFile(out))
                .withConf(new PlainParquetConfiguration())
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .build();
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        return new Writer() {
            @Override
            public void write(Map<String, Object> row) throws IOException {
                Group group = groups.newGroup();
                for (Column column : columns) {
                    Object value = row.get(column.name());
                    if (value == null) {
                        continue;
                    }
                    switch (column.type()) {
                        case TEXT -> group.append(column.name(), value.toString());
                        case INTEGER -> group.append(column.name(), ((Number) value).longValue());
                        case DECIMAL -> group.append(column.name(), ((Number) value).doubleValue());
                    }
                }
                writer.write(group);
            }

            @Override
            public void close() throws IOException {
                writer.close();
                out.flush();
            }
        };
    }

    /** A Parquet output over a stream written front to back (an HTTP response, a file). */
    private record StreamOutputFile(OutputStream out) implements OutputFile {
        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long position;

                @Override
                public long getPos() {
                    return position;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    position++;
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    position += length;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.flush(); // the stream belongs to the caller
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
