using System.Runtime.InteropServices;
using System.Text;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Unicode normalization that works although sigdash runs with InvariantGlobalization (where
/// <see cref="string.Normalize()"/> silently does nothing): it calls the system's ICU (libicuuc) directly, the
/// library .NET itself uses when globalization is on. <see cref="Available"/> is false when no ICU is found; then
/// text is left as it is and callers label the counts.
/// </summary>
public static unsafe class UnicodeNormalizer
{
    private static readonly Lazy<Icu?> Library = new(Icu.TryLoad);

    public static bool Available => Library.Value is not null;

    /// <summary>The normalized text, or the text unchanged when it already is normalized or ICU is missing.</summary>
    public static string Normalize(ReadOnlySpan<char> text, NormalizationForm form)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u007F') || Library.Value is not { } icu) return text.ToString();
        return icu.Normalize(text, form);
    }

    /// <summary>
    /// Does <paramref name="codePoint"/> always start a normalization segment: is normalizing the text before it and
    /// the text from it separately the same as normalizing both together? (ICU's <c>hasBoundaryBefore</c>.) True when
    /// ICU is missing, as text is then left as it is.
    /// </summary>
    public static bool HasBoundaryBefore(int codePoint, NormalizationForm form) =>
        Library.Value is not { } icu || icu.HasBoundaryBefore(codePoint, form);

    private sealed class Icu
    {
        private readonly delegate* unmanaged<int*, nint> _nfc, _nfd, _nfkc, _nfkd;
        private readonly delegate* unmanaged<nint, char*, int, char*, int, int*, int> _normalize;
        private readonly delegate* unmanaged<nint, int, sbyte> _hasBoundaryBefore;

        private Icu(nint lib, string suffix)
        {
            _nfc = (delegate* unmanaged<int*, nint>)NativeLibrary.GetExport(lib, "unorm2_getNFCInstance" + suffix);
            _nfd = (delegate* unmanaged<int*, nint>)NativeLibrary.GetExport(lib, "unorm2_getNFDInstance" + suffix);
            _nfkc = (delegate* unmanaged<int*, nint>)NativeLibrary.GetExport(lib, "unorm2_getNFKCInstance" + suffix);
            _nfkd = (delegate* unmanaged<int*, nint>)NativeLibrary.GetExport(lib, "unorm2_getNFKDInstance" + suffix);
            _normalize = (delegate* unmanaged<nint, char*, int, char*, int, int*, int>)NativeLibrary.GetExport(lib, "unorm2_normalize" + suffix);
            _hasBoundaryBefore = (delegate* unmanaged<nint, int, sbyte>)NativeLibrary.GetExport(lib, "unorm2_hasBoundaryBefore" + suffix);
        }

        public static Icu? TryLoad()
        {
            // libicuuc.so.NN exports its functions with the version as suffix (unorm2_normalize_72).
            foreach (var version in Enumerable.Range(50, 40).Reverse())
            {
                if (!NativeLibrary.TryLoad($"libicuuc.so.{version}", out var lib)) continue;
                foreach (var suffix in new[] { $"_{version}", "" })
                {
                    if (NativeLibrary.TryGetExport(lib, "unorm2_normalize" + suffix, out _))
                        return new Icu(lib, suffix);
                }
            }
            return null;
        }

        public bool HasBoundaryBefore(int codePoint, NormalizationForm form)
        {
            var instance = Instance(form);
            return instance == 0 || _hasBoundaryBefore(instance, codePoint) != 0;
        }

        /// <summary>ICU's normalizer of a form (owned by ICU, never freed), 0 on an error.</summary>
        private nint Instance(NormalizationForm form)
        {
            var error = 0;
            var instance = form switch
            {
                NormalizationForm.FormD => _nfd(&error),
                NormalizationForm.FormKC => _nfkc(&error),
                NormalizationForm.FormKD => _nfkd(&error),
                _ => _nfc(&error),
            };
            return error > 0 ? 0 : instance;
        }

        public string Normalize(ReadOnlySpan<char> text, NormalizationForm form)
        {
            var instance = Instance(form);
            if (instance == 0) return text.ToString();
            int error;
            // NFKD can grow text a lot (ligatures, compatibility forms): start at 3× and retry once with the size ICU asks for.
            var capacity = Math.Max(16, text.Length * 3);
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var buffer = new char[capacity];
                error = 0;
                int written;
                fixed (char* source = text)
                fixed (char* destination = buffer)
                    written = _normalize(instance, source, text.Length, destination, capacity, &error);
                if (error <= 0) return new string(buffer, 0, written);
                capacity = written + 1; // U_BUFFER_OVERFLOW_ERROR: written is the size needed
            }
            return text.ToString();
        }
    }
}
