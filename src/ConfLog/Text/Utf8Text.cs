using System.Collections.Generic;
using System.Text;

namespace ConfLog.Text;

/// <summary>
/// Decodes UTF-8 bytes without throwing and says where invalid bytes were: each maximal invalid
/// subsequence becomes one U+FFFD, as the Unicode standard recommends.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>An invalid run of bytes: where it was in the bytes, and where its U+FFFD is in the text.</summary>
    public readonly record struct InvalidBytes(int ByteOffset, int CharOffset, byte First, int Length);

    public static string Decode(byte[] bytes, int count, List<InvalidBytes> invalid)
    {
        try
        {
            // Almost every file is valid: let the framework's vectorized decoder do it.
            return Strict.GetString(bytes, 0, count);
        }
        catch (DecoderFallbackException)
        {
            return DecodeReplacing(bytes, count, invalid);
        }
    }

    private static string DecodeReplacing(byte[] bytes, int count, List<InvalidBytes> invalid)
    {
        var text = new StringBuilder(count);
        int i = 0;
        while (i < count)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                text.Append((char)b);
                i++;
                continue;
            }

            int needed = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            int codePoint = needed switch { 1 => b & 0x1F, 2 => b & 0x0F, _ => b & 0x07 };
            int j = i + 1;
            while (needed > 0 && j < count && j - i <= needed && IsContinuation(b, j - i, bytes[j]))
            {
                codePoint = (codePoint << 6) | (bytes[j] & 0x3F);
                j++;
            }

            if (needed > 0 && j - i == needed + 1)
            {
                text.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                invalid.Add(new InvalidBytes(i, text.Length, b, j - i));
                text.Append('\uFFFD');
            }

            i = j;
        }

        return text.ToString();
    }

    // The second byte of some lead bytes has a narrower range, which rules out overlong forms,
    // surrogates and code points past U+10FFFF.
    private static bool IsContinuation(byte lead, int position, byte value)
    {
        if (value < 0x80 || value > 0xBF)
        {
            return false;
        }

        if (position != 1)
        {
            return true;
        }

        return lead switch
        {
            0xE0 => value >= 0xA0,
            0xED => value <= 0x9F,
            0xF0 => value >= 0x90,
            0xF4 => value <= 0x8F,
            _ => true,
        };
    }
}
