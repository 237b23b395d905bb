package io.ebpfdocs.site;

import io.ebpfdocs.site.BuildManifest.Entry;
import io.ebpfdocs.site.BuildManifest.Output;
import io.ebpfdocs.site.BuildManifest.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The build manifest as bytes: a compact binary layout written and read with data streams. As JSON
 * through Jackson's data binding, reading it (Jackson's start, then 4.6 MB mapped to records) cost
 * more of a one-page rebuild than rendering the page.
 */
final class ManifestFile {
  /** Changes when the layout or the meaning of a field changes: a file of another format is ignored. */
  private static final int FORMAT = 0x5349_5404;

  /** What the file holds: the site folder it describes, its pages and its parts. */
  record Stored(String site, Map<String, Entry> pages, Map<String, Part> parts) {}

  private ManifestFile() {}

  static byte[] write(Stored stored) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(FORMAT);
    text(out, stored.site());
    out.writeInt(stored.pages().size());
    // Sorted, so the same build writes the same bytes.
    for (Map.Entry<String, Entry> page : new TreeMap<>(stored.pages()).entrySet()) {
      text(out, page.getKey());
      text(out, page.getValue().inputs());
      output(out, page.getValue().html());
      model(out, page.getValue().model());
    }
    out.writeInt(stored.parts().size());
    for (Map.Entry<String, Part> part : new TreeMap<>(stored.parts()).entrySet()) {
      text(out, part.getKey());
      text(out, part.getValue().inputs());
      out.writeInt(part.getValue().files().size());
      for (Map.Entry<String, Output> file : new TreeMap<>(part.getValue().files()).entrySet()) {
        text(out, file.getKey());
        output(out, file.getValue());
      }
    }
    out.flush();
    return bytes.toByteArray();
  }

  /** The stored manifest; null when the bytes are of another format, cut short or damaged. */
  static Stored read(byte[] bytes) {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    try {
      if (bytes.length < 4 || in.readInt() != FORMAT) {
        return null;
      }
      String site = text(in);
      Map<String, Entry> pages = new TreeMap<>();
      for (int i = count(in); i > 0; i--) {
        pages.put(text(in), new Entry(text(in), output(in), model(in)));
      }
      Map<String, Part> parts = new TreeMap<>();
      for (int i = count(in); i > 0; i--) {
        String name = text(in);
        String inputs = text(in);
        Map<String, Output> files = new TreeMap<>();
        for (int j = count(in); j > 0; j--) {
          files.put(text(in), output(in));
        }
        parts.put(name, new Part(inputs, files));
      }
      return in.available() == 0 ? new Stored(site, pages, parts) : null;
    } catch (IOException damaged) {
      return null;
    }
  }

  private static void output(DataOutputStream out, Output output) throws IOException {
    text(out, output.checksum());
    out.writeLong(output.bytes());
    out.writeLong(output.modified());
  }

  private static Output output(DataInputStream in) throws IOException {
    return new Output(text(in), in.readLong(), in.readLong());
  }

  private static void model(DataOutputStream out, PageModel model) throws IOException {
    text(out, model.path());
    text(out, model.title());
    out.writeInt(model.sections().size());
    for (PageModel.Section section : model.sections()) {
      text(out, section.anchor());
      text(out, section.heading());
      text(out, section.text());
    }
    out.writeInt(model.links().size());
    for (PageModel.PageLink link : model.links()) {
      out.writeInt(link.line());
      text(out, link.written());
      text(out, link.target());
      text(out, link.fragment());
    }
    out.writeInt(model.undefinedReferences().size());
    for (PageModel.UndefinedReference ref : model.undefinedReferences()) {
      out.writeInt(ref.line());
      text(out, ref.written());
    }
    out.writeInt(model.ids().size());
    for (String id : new TreeSet<>(model.ids())) {
      text(out, id);
    }
  }

  private static PageModel model(DataInputStream in) throws IOException {
    String path = text(in);
    String title = text(in);
    List<PageModel.Section> sections = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      sections.add(new PageModel.Section(text(in), text(in), text(in)));
    }
    List<PageModel.PageLink> links = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      links.add(new PageModel.PageLink(in.readInt(), text(in), text(in), text(in)));
    }
    List<PageModel.UndefinedReference> undefined = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      undefined.add(new PageModel.UndefinedReference(in.readInt(), text(in)));
    }
    List<String> ids = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      ids.add(text(in));
    }
    return new PageModel(path, title, sections, links, undefined, Set.copyOf(ids));
  }

  private static void text(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
  }

  /** A length or a number of items; never more than the bytes left, so a damaged file cannot ask for gigabytes. */
  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new EOFException("damaged manifest");
    }
    return count;
  }
}
