using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;

namespace Dicta.Extraction.Decoding;

/// <summary>
/// Decodes UTF-16 and UTF-32 by hand, so that unpaired surrogates, values past U+10FFFF and a truncated last unit
/// are found and reported rather than silently replaced. Each invalid unit (or truncated tail) becomes one U+FFFD.
/// </summary>
internal static class CodeUnitDecoder
{
    /// <summary>Decodes UTF-16 in the given byte order; never throws.</summary>
    public static DecodedChars DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var units = bytes.Length / 2;
        var builder = new StringBuilder(units);
        var runs = new RunCollector();
        for (var i = 0; i < units; i++)
        {
            var unit = (char)Read16(bytes, i * 2, bigEndian);
            if (char.IsHighSurrogate(unit) && i + 1 < units && char.IsLowSurrogate((char)Read16(bytes, (i + 1) * 2, bigEndian)))
            {
                builder.Append(unit).Append((char)Read16(bytes, (i + 1) * 2, bigEndian));
                i++;
            }
            else if (char.IsSurrogate(unit))
            {
                runs.Add(i * 2, 2, builder.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(unit);
            }
        }

        if (bytes.Length % 2 != 0)
        {
            runs.Add(bytes.Length - 1, 1, builder.Length);
            builder.Append('\uFFFD');
        }

        return new DecodedChars(builder.ToString(), runs.ToImmutable());
    }

    /// <summary>Decodes UTF-32 in the given byte order; never throws.</summary>
    public static DecodedChars DecodeUtf32(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var units = bytes.Length / 4;
        var builder = new StringBuilder(units);
        var runs = new RunCollector();
        for (var i = 0; i < units; i++)
        {
            var slice = bytes.Slice(i * 4, 4);
            var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(slice) : BinaryPrimitives.ReadUInt32LittleEndian(slice);
            if (value <= int.MaxValue && Rune.IsValid((int)value))
            {
                builder.Append(new Rune((int)value).ToString());
            }
            else
            {
                runs.Add(i * 4, 4, builder.Length);
                builder.Append('\uFFFD');
            }
        }

        var tail = bytes.Length % 4;
        if (tail != 0)
        {
            runs.Add(bytes.Length - tail, tail, builder.Length);
            builder.Append('\uFFFD');
        }

        return new DecodedChars(builder.ToString(), runs.ToImmutable());
    }

    private static ushort Read16(ReadOnlySpan<byte> bytes, int offset, bool bigEndian)
    {
        var slice = bytes.Slice(offset, 2);
        return bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(slice) : BinaryPrimitives.ReadUInt16LittleEndian(slice);
    }

    /// <summary>Merges adjacent invalid units into one run, so that a diagnostic describes a run, not each unit.</summary>
    private sealed class RunCollector
    {
        private readonly ImmutableArray<InvalidRun>.Builder _runs = ImmutableArray.CreateBuilder<InvalidRun>();

        public void Add(int byteOffset, int byteLength, int charOffset)
        {
            if (_runs.Count > 0)
            {
                var last = _runs[^1];
                if (last.ByteOffset + last.ByteLength == byteOffset && last.CharOffset + last.CharLength == charOffset)
                {
                    _runs[^1] = last with { ByteLength = last.ByteLength + byteLength, CharLength = last.CharLength + 1 };
                    return;
                }
            }

            _runs.Add(new InvalidRun(byteOffset, byteLength, charOffset, 1));
        }

        public ImmutableArray<InvalidRun> ToImmutable() => _runs.ToImmutable();
    }
}
