using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace SignalDashboard.Storage;

/// <summary>
/// What a path names, told without opening it: opening a named pipe waits for a writer (forever, in a script), and a
/// device such as <c>/dev/zero</c> has no end, while its length reads 0 like an empty file. .NET does not tell these
/// apart, so on Linux this asks <c>stat(2)</c> (through libc; it follows symbolic links); elsewhere, or when that
/// fails, an existing path that is not a folder counts as a regular file.
/// </summary>
public static partial class FileKind
{
    /// <summary>Null when <paramref name="path"/> is a regular file; else why it is not ("is a named pipe (FIFO)", …).</summary>
    public static string? NotARegularFile(string path)
    {
        if (Directory.Exists(path)) return "is a folder";
        if (!File.Exists(path)) return "no such file";
        return Mode(path) switch
        {
            null or RegularMode => null,
            FifoMode => "is a named pipe (FIFO), not a file",
            CharacterDeviceMode => "is a character device, not a file",
            BlockDeviceMode => "is a block device, not a file",
            SocketMode => "is a socket, not a file",
            _ => "is not a regular file",
        };
    }

    private const uint TypeMask = 0xF000;
    private const uint FifoMode = 0x1000;
    private const uint CharacterDeviceMode = 0x2000;
    private const uint BlockDeviceMode = 0x6000;
    private const uint RegularMode = 0x8000;
    private const uint SocketMode = 0xC000;

    /// <summary>The file-type bits of <c>st_mode</c>, or null when they cannot be read here.</summary>
    private static uint? Mode(string path)
    {
        // Where st_mode sits in Linux's struct stat: after st_dev, st_ino and (x86-64 only) a 64-bit st_nlink.
        int? offset = !OperatingSystem.IsLinux() ? null : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => null,
        };
        if (offset is null) return null;
        var buffer = new byte[256]; // struct stat is 144 bytes on x86-64, 128 on arm64
        try
        {
            if (Stat(path, ref buffer[0]) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a libc without a stat symbol (glibc before 2.33): the plain checks above stand
        }
        return BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(offset.Value)) & TypeMask;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte statBuffer);
}
