package io.github.mistralspring.test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Small, valid audio files for simulated speech, the same for the same text and voice: WAV and raw
 * PCM carry a soft hum whose pitch comes from the voice, MP3, FLAC and Ogg Opus are silent (valid
 * frames that decode to silence). Also tells how long an uploaded clip lasts, for transcriptions.
 */
final class AudioClips {

  /** The rate of the WAV, PCM and FLAC clips. */
  static final int SAMPLE_RATE = 16_000;

  // Roughly how long speech of a text lasts: 60 ms a character, within bounds.
  private static final int MILLIS_PER_CHARACTER = 60;
  private static final int MIN_MILLIS = 300;
  private static final int MAX_MILLIS = 20_000;

  // Bytes a second of audio whose format is not read (about 128 kbit/s, as MP3 often is).
  private static final int UNKNOWN_BYTES_PER_SECOND = 16_000;

  private AudioClips() {}

  /** How long the speech of this text lasts, in milliseconds. */
  static int millisFor(String text) {
    return Math.max(MIN_MILLIS, Math.min(MAX_MILLIS, text.length() * MILLIS_PER_CHARACTER));
  }

  /**
   * A clip of the given format and length; the voice's seed sets the hum's pitch.
   *
   * @param format {@code wav}, {@code pcm}, {@code mp3}, {@code flac} or {@code opus}
   */
  static byte[] clip(String format, int millis, long voiceSeed) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "wav" -> wav(millis, voiceSeed);
      case "pcm" -> pcm(millis, voiceSeed);
      case "flac" -> flac(millis);
      case "opus" -> opus(millis);
      default -> mp3(millis);
    };
  }

  /** The media type of a clip of this format, or of a file with this name. */
  static String mediaType(String formatOrName) {
    String lower = formatOrName == null ? "" : formatOrName.toLowerCase(Locale.ROOT);
    if (lower.endsWith("mp3")) {
      return "audio/mpeg";
    }
    if (lower.endsWith("flac")) {
      return "audio/flac";
    }
    if (lower.endsWith("opus") || lower.endsWith("ogg")) {
      return "audio/ogg";
    }
    if (lower.endsWith("pcm")) {
      return "application/octet-stream";
    }
    return "audio/wav";
  }

  /**
   * How many seconds an uploaded clip lasts: read from a WAV's or FLAC's header, else estimated
   * from its size.
   */
  static double seconds(byte[] audio) {
    if (audio.length >= 44 && startsWith(audio, 0, "RIFF") && startsWith(audio, 8, "WAVE")) {
      ByteBuffer wav = ByteBuffer.wrap(audio).order(ByteOrder.LITTLE_ENDIAN);
      int byteRate = 0;
      int position = 12;
      while (position + 8 <= audio.length) {
        int size = wav.getInt(position + 4);
        if (startsWith(audio, position, "fmt ") && position + 16 <= audio.length) {
          byteRate = wav.getInt(position + 16);
        } else if (startsWith(audio, position, "data") && byteRate > 0) {
          long data = Math.min(size & 0xffffffffL, audio.length - position - 8L);
          return (double) data / byteRate;
        }
        if (size < 0) {
          break;
        }
        position += 8 + size + (size & 1);
      }
    }
    if (audio.length >= 26 && startsWith(audio, 0, "fLaC")) {
      // STREAMINFO: 20 bits of sample rate at byte 18, then 36 bits of total samples.
      int rate = ((audio[18] & 0xff) << 12) | ((audio[19] & 0xff) << 4) | ((audio[20] & 0xf0) >> 4);
      long samples = ((long) (audio[21] & 0x0f) << 32);
      for (int i = 22; i < 26; i++) {
        samples |= (long) (audio[i] & 0xff) << (8 * (25 - i));
      }
      if (rate > 0 && samples > 0) {
        return (double) samples / rate;
      }
    }
    return Math.max(0.1, (double) audio.length / UNKNOWN_BYTES_PER_SECOND);
  }

  private static boolean startsWith(byte[] bytes, int offset, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      if (offset + i >= bytes.length || bytes[offset + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ---- WAV and PCM: a hum, loud and soft by turns like syllables

  private static double sample(int index, long voiceSeed) {
    double pitch = 140 + Hashing.pick(voiceSeed, 120);
    double time = (double) index / SAMPLE_RATE;
    double syllables = Math.abs(Math.sin(Math.PI * 4 * time));
    return 0.25 * syllables * Math.sin(2 * Math.PI * pitch * time);
  }

  private static int samples(int millis) {
    return (int) ((long) SAMPLE_RATE * millis / 1000);
  }

  /** A mono 16-bit WAV file. */
  static byte[] wav(int millis, long voiceSeed) {
    int samples = samples(millis);
    ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
    wav.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    wav.putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2);
    wav.putShort((short) 2).putShort((short) 16);
    wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
    for (int i = 0; i < samples; i++) {
      wav.putShort((short) Math.round(sample(i, voiceSeed) * Short.MAX_VALUE));
    }
    return wav.array();
  }

  /** Raw mono samples, 32-bit float little-endian, with no header, as the API's pcm is. */
  static byte[] pcm(int millis, long voiceSeed) {
    int samples = samples(millis);
    ByteBuffer pcm = ByteBuffer.allocate(samples * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < samples; i++) {
      pcm.putFloat((float) sample(i, voiceSeed));
    }
    return pcm.array();
  }

  // ---- MP3: silent MPEG-1 Layer III frames

  /**
   * Silent MP3: frames of MPEG-1 Layer III, 32 kbit/s, 48 kHz, mono (96 bytes, 24 ms each), whose
   * side information is all zeros, so every granule decodes to silence.
   */
  static byte[] mp3(int millis) {
    int frames = Math.max(1, (millis + 23) / 24);
    byte[] mp3 = new byte[frames * 96];
    for (int frame = 0; frame < frames; frame++) {
      int at = frame * 96;
      mp3[at] = (byte) 0xFF;
      mp3[at + 1] = (byte) 0xFB; // MPEG-1, Layer III, no CRC
      mp3[at + 2] = (byte) 0x14; // 32 kbit/s, 48 kHz, no padding
      mp3[at + 3] = (byte) 0xC0; // mono
    }
    return mp3;
  }

  // ---- FLAC: a stream of CONSTANT (silent) subframes

  private static final int FLAC_BLOCK = 4096;

  /** Silent FLAC, 16 kHz, 16-bit mono, in frames of 4096 samples. */
  static byte[] flac(int millis) {
    int frames = Math.max(1, (samples(millis) + FLAC_BLOCK - 1) / FLAC_BLOCK);
    long total = (long) frames * FLAC_BLOCK;
    ByteArrayOutputStream flac = new ByteArrayOutputStream();
    flac.writeBytes("fLaC".getBytes(StandardCharsets.US_ASCII));
    // The last (only) metadata block, STREAMINFO, 34 bytes.
    flac.writeBytes(new byte[] {(byte) 0x80, 0, 0, 34});
    ByteBuffer info = ByteBuffer.allocate(34);
    info.putShort((short) FLAC_BLOCK).putShort((short) FLAC_BLOCK);
    info.put(new byte[6]); // frame sizes unknown
    // 20 bits sample rate, 3 bits channels - 1, 5 bits bits per sample - 1, 36 bits samples.
    long packed = ((long) SAMPLE_RATE << 44) | (0L << 41) | (15L << 36) | total;
    info.putLong(packed);
    info.put(new byte[16]); // MD5 unknown
    flac.writeBytes(info.array());
    for (int frame = 0; frame < frames; frame++) {
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      header.write(0xFF);
      header.write(0xF8); // sync code, fixed block size
      header.write(0xC5); // 4096 samples, 16 kHz
      header.write(0x08); // mono, 16 bits
      writeUtf8Number(header, frame);
      byte[] head = header.toByteArray();
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      whole.writeBytes(head);
      whole.write(crc8(head));
      whole.writeBytes(new byte[] {0, 0, 0}); // CONSTANT subframe, value 0
      byte[] body = whole.toByteArray();
      int crc = crc16(body);
      flac.writeBytes(body);
      flac.write(crc >> 8);
      flac.write(crc & 0xff);
    }
    return flac.toByteArray();
  }

  private static void writeUtf8Number(ByteArrayOutputStream out, int value) {
    if (value < 0x80) {
      out.write(value);
    } else if (value < 0x800) {
      out.write(0xC0 | (value >> 6));
      out.write(0x80 | (value & 0x3F));
    } else {
      out.write(0xE0 | (value >> 12));
      out.write(0x80 | ((value >> 6) & 0x3F));
      out.write(0x80 | (value & 0x3F));
    }
  }

  private static int crc8(byte[] bytes) {
    int crc = 0;
    for (byte b : bytes) {
      crc ^= b & 0xff;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
      }
    }
    return crc;
  }

  private static int crc16(byte[] bytes) {
    int crc = 0;
    for (byte b : bytes) {
      crc ^= (b & 0xff) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
      }
    }
    return crc;
  }

  // ---- Ogg Opus: silent 20 ms CELT frames

  private static final byte[] OPUS_SILENCE = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};
  private static final int OPUS_PACKETS_PER_PAGE = 50;

  /** Silent Opus in an Ogg stream: its two header pages, then 20 ms silent frames. */
  static byte[] opus(int millis) {
    int packets = Math.max(1, (millis + 19) / 20);
    ByteArrayOutputStream ogg = new ByteArrayOutputStream();
    ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
    head.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1);
    head.putShort((short) 312).putInt(SAMPLE_RATE).putShort((short) 0).put((byte) 0);
    byte[] vendor = "mistral-simulator".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tags = ByteBuffer.allocate(16 + vendor.length).order(ByteOrder.LITTLE_ENDIAN);
    tags.put("OpusTags".getBytes(StandardCharsets.US_ASCII)).putInt(vendor.length).put(vendor);
    tags.putInt(0);
    int sequence = 0;
    ogg.writeBytes(oggPage(0x02, 0, sequence++, new byte[][] {head.array()}));
    ogg.writeBytes(oggPage(0x00, 0, sequence++, new byte[][] {tags.array()}));
    long granule = 0;
    for (int first = 0; first < packets; first += OPUS_PACKETS_PER_PAGE) {
      int count = Math.min(OPUS_PACKETS_PER_PAGE, packets - first);
      byte[][] page = new byte[count][];
      for (int i = 0; i < count; i++) {
        page[i] = OPUS_SILENCE;
      }
      granule += 960L * count;
      boolean last = first + count >= packets;
      ogg.writeBytes(oggPage(last ? 0x04 : 0x00, granule, sequence++, page));
    }
    return ogg.toByteArray();
  }

  private static byte[] oggPage(int flags, long granule, int sequence, byte[][] packets) {
    int size = 0;
    for (byte[] packet : packets) {
      size += packet.length;
    }
    ByteBuffer page =
        ByteBuffer.allocate(27 + packets.length + size).order(ByteOrder.LITTLE_ENDIAN);
    page.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) flags);
    page.putLong(granule).putInt(0x4d53494d).putInt(sequence).putInt(0);
    page.put((byte) packets.length);
    for (byte[] packet : packets) {
      page.put((byte) packet.length); // every packet is shorter than 255 bytes
    }
    for (byte[] packet : packets) {
      page.put(packet);
    }
    byte[] bytes = page.array();
    int crc = oggCrc(bytes);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(22, crc);
    return bytes;
  }

  private static int oggCrc(byte[] bytes) {
    int crc = 0;
    for (byte b : bytes) {
      crc ^= (b & 0xff) << 24;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
      }
    }
    return crc;
  }
}
