using System.Runtime.InteropServices;
using System.Text;

namespace BedreBalance.Dataset;

internal enum FileKind
{
    Regular,
    Folder,
    NamedPipe,
    Device,
    Socket,
    /// <summary>The system gave no type (not Linux, or not reachable): opened as a file, read within the size limit.</summary>
    Unknown,
}

/// <summary>
/// What a path is, asked before it is opened: opening a named pipe waits for a writer that may never come, and a
/// device such as /dev/zero never ends, so only regular files are read.
/// </summary>
internal static class FileKinds
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint TypeAndMode = 0x2; // STATX_MODE (holds the type bits)
    private const int ModeOffset = 28; // struct statx: the same layout on every Linux architecture

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && TryStatx(path, out var mode))
        {
            return (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Folder,
                0x1000 => FileKind.NamedPipe,
                0x2000 or 0x6000 => FileKind.Device,
                0xC000 => FileKind.Socket,
                _ => FileKind.Unknown,
            };
        }
        return Directory.Exists(path) ? FileKind.Folder : FileKind.Unknown;
    }

    /// <summary>statx(2), following links; false when the call is not there or the path cannot be looked at.</summary>
    private static bool TryStatx(string path, out int mode)
    {
        mode = 0;
        var buffer = new byte[256];
        var name = Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            if (Statx(CurrentDirectory, name, 0, TypeAndMode, buffer) != 0)
            {
                return false; // Missing or not reachable: opening it says which, in the system's own words.
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return true;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
