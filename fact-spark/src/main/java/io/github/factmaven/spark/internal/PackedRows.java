package io.github.factmaven.spark.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

/**
 * A row of one of {@link Schemas}' nested shapes packed into one {@code byte[]}, and back.
 *
 * <p>Claims, results and warnings pass between the check's stages packed: Spark then moves one
 * binary value where it would convert a row of nested structs and arrays with an encoder of its
 * own making, whose generated code for these shapes is larger than HotSpot compiles. Strings are
 * packed a {@code char} at a time (as modified UTF-8 does), so that a lone surrogate of a claim
 * read from JSON comes back as it was.
 */
public final class PackedRows {

    private PackedRows() {}

    /**
     * @param row  a row of the shape, as {@link Rows} makes them or as Spark gives them
     * @param type its shape
     * @return its bytes
     */
    public static byte[] pack(Row row, StructType type) {
        Out out = new Out();
        out.struct(row, type);
        return out.bytes();
    }

    /**
     * @param bytes a row's bytes, as {@link #pack} made them
     * @param type  its shape
     * @return the row, whose lists are arrays, as {@link Rows#row} makes them
     */
    public static Row unpack(byte[] bytes, StructType type) {
        return new In(bytes).struct(type);
    }

    /** Bytes written one value after another. */
    private static final class Out {

        private byte[] bytes = new byte[256];
        private int size;

        void struct(Row row, StructType type) {
            for (int i = 0; i < type.size(); i++) {
                DataType field = type.fields()[i].dataType();
                if (row.isNullAt(i)) {
                    add(0);
                } else if (field instanceof ArrayType array) {
                    add(1);
                    list(Rows.list(row, i), array);
                } else {
                    value(row.get(i), field);
                }
            }
        }

        private void value(Object value, DataType type) {
            if (value == null) {
                add(0);
                return;
            }
            add(1);
            if (type instanceof StringType) {
                string((String) value);
            } else if (type instanceof IntegerType) {
                integer((Integer) value);
            } else if (type instanceof LongType) {
                long number = (Long) value;
                integer((int) (number >>> 32));
                integer((int) number);
            } else if (type instanceof BooleanType) {
                add((Boolean) value ? 1 : 0);
            } else if (type instanceof BinaryType) {
                byte[] binary = (byte[]) value;
                integer(binary.length);
                room(binary.length);
                System.arraycopy(binary, 0, bytes, size, binary.length);
                size += binary.length;
            } else if (type instanceof StructType struct) {
                struct((Row) value, struct);
            } else if (type instanceof ArrayType array && value instanceof Object[] elements) {
                list(Arrays.asList(elements), array);
            } else {
                throw new IllegalArgumentException("no packing for " + type);
            }
        }

        private void list(List<?> elements, ArrayType type) {
            integer(elements.size());
            for (Object element : elements) {
                value(element, type.elementType());
            }
        }

        /** A string's length in chars, then each char in one to three bytes. */
        private void string(String text) {
            int length = text.length();
            integer(length);
            room(3 * length);
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes[size++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xC0 | c >> 6);
                    bytes[size++] = (byte) (0x80 | c & 0x3F);
                } else {
                    bytes[size++] = (byte) (0xE0 | c >> 12);
                    bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[size++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }

        private void integer(int value) {
            room(4);
            bytes[size++] = (byte) (value >>> 24);
            bytes[size++] = (byte) (value >>> 16);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }

        private void add(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        private void room(int more) {
            if (bytes.length - size < more) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Values read back in the order they were written. */
    private static final class In {

        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        Row struct(StructType type) {
            Object[] values = new Object[type.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(type.fields()[i].dataType());
            }
            return new GenericRowWithSchema(values, type);
        }

        private Object value(DataType type) {
            if (bytes[at++] == 0) {
                return null;
            }
            if (type instanceof StringType) {
                return string();
            } else if (type instanceof IntegerType) {
                return integer();
            } else if (type instanceof LongType) {
                return ((long) integer() << 32) | (integer() & 0xFFFFFFFFL);
            } else if (type instanceof BooleanType) {
                return bytes[at++] != 0;
            } else if (type instanceof BinaryType) {
                int length = integer();
                at += length;
                return Arrays.copyOfRange(bytes, at - length, at);
            } else if (type instanceof StructType struct) {
                return struct(struct);
            } else if (type instanceof ArrayType array) {
                Object[] elements = new Object[integer()];
                for (int i = 0; i < elements.length; i++) {
                    elements[i] = value(array.elementType());
                }
                return elements;
            }
            throw new IllegalArgumentException("no packing for " + type);
        }

        private String string() {
            char[] chars = new char[integer()];
            for (int i = 0; i < chars.length; i++) {
                int b = bytes[at++] & 0xFF;
                if (b < 0x80) {
                    chars[i] = (char) b;
                } else if (b < 0xE0) {
                    chars[i] = (char) ((b & 0x1F) << 6 | bytes[at++] & 0x3F);
                } else {
                    chars[i] = (char) ((b & 0x0F) << 12 | (bytes[at++] & 0x3F) << 6 | bytes[at++] & 0x3F);
                }
            }
            return new String(chars);
        }

        private int integer() {
            int value = (bytes[at] & 0xFF) << 24
                    | (bytes[at + 1] & 0xFF) << 16
                    | (bytes[at + 2] & 0xFF) << 8
                    | bytes[at + 3] & 0xFF;
            at += 4;
            return value;
        }
    }
}
