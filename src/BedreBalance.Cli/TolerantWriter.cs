using System.Text;

namespace BedreBalance.Cli;

/// <summary>
/// Standard output or error as the program writes to it: when the reader has gone (a closed pipe, as with
/// `| head`) or the device is full, the rest of what would be said is dropped instead of failing a run whose work
/// is already done. <see cref="Failure"/> tells a command whose product is this output that it did not arrive.
/// </summary>
internal sealed class TolerantWriter(TextWriter inner) : TextWriter
{
    /// <summary>Why the first write failed; null while every write has succeeded.</summary>
    public string? Failure { get; private set; }

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null and means the default.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <summary>Whether everything written to <paramref name="writer"/> so far arrived (true for any other writer).</summary>
    public static bool Delivered(TextWriter writer, out string? failure)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException e)
        {
            failure = e.Message;
            return false;
        }
        failure = (writer as TolerantWriter)?.Failure;
        return failure is null;
    }

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    private void Try(Action write)
    {
        if (Failure is not null)
        {
            return;
        }
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Failure = e.Message;
        }
    }
}
