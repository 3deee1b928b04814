package com.pairwise.local;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * What one class file refers to, read from its constant pool: the classes it names and the methods it calls (as
 * {@code owner.name}). Enough to check rules about what code may use without running it.
 */
record ClassFileReferences(Set<String> classes, Set<String> methods) {

    static ClassFileReferences read(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[][] memberRefs = new int[count][]; // {class index, name-and-type index}
        int[] nameOfNameAndType = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two slots
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11 -> memberRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> {
                    nameOfNameAndType[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> classes = new HashSet<>();
        Set<String> methods = new HashSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                classes.add(utf8[classNameIndex[i]]);
            }
            if (memberRefs[i] != null) {
                methods.add(utf8[classNameIndex[memberRefs[i][0]]] + "." + utf8[nameOfNameAndType[memberRefs[i][1]]]);
            }
        }
        return new ClassFileReferences(classes, methods);
    }
}
