using System.CommandLine;
using BedreBalance.Domain;
using BedreBalance.Letter.FollowUp;

namespace BedreBalance.Cli;

/// <summary><c>bedrebalance new-followup FROM_DATASET TO_DATASET --status "maj 2019"</c></summary>
internal static class NewFollowUpCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = DatasetArguments.RequirePath(new Argument<string>("from-dataset") { Description = FollowUpMessages.FromDescription }, "PathFromDataset");
        var to = DatasetArguments.RequirePath(new Argument<string>("to-dataset") { Description = FollowUpMessages.ToDescription }, "PathNewDataset");
        var status = new Option<string>("--status") { Description = FollowUpMessages.StatusDescription, Required = true, HelpName = FollowUpMessages.StatusHelpName };
        var command = new Command("new-followup", FollowUpMessages.NewFollowUpDescription) { from, to, status };
        command.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(status)!, output, error));
        return command;
    }

    public static int Run(string from, string to, string statusText, TextWriter output, TextWriter error)
    {
        if (!FollowUpMonth.TryParse(statusText, out var status, out var problem))
        {
            error.WriteLine(problem);
            return ExitCodes.UsageError;
        }
        var creation = FollowUpCreator.Create(from, to, status);
        switch (creation.Outcome)
        {
            case FollowUpCreationOutcome.Created:
                output.WriteLine(FollowUpMessages.Created(from, to, status.ToString(), creation.PreviousStatus!));
                if (FollowUpMonth.TryParse(creation.PreviousStatus!, out var previous, out _) && status.CompareTo(previous) <= 0)
                {
                    error.WriteLine(FollowUpMessages.NotLater(status.ToString(), creation.PreviousStatus!));
                }
                output.WriteLine(FollowUpMessages.NextSteps(from, to, creation.Figures ?? [], creation.TableFiles ?? []));
                return ExitCodes.Success;
            case FollowUpCreationOutcome.SourceInvalid:
                DiagnosticReport.Write(error, creation.Diagnostics, from);
                error.WriteLine(creation.Problem ?? FollowUpMessages.SourceInvalid(from));
                return ExitCodes.InvalidData;
            case FollowUpCreationOutcome.TargetInsideSource:
                // Two folders that cannot work together are a mistake on the command line, not a disk problem.
                error.WriteLine(creation.Problem);
                return ExitCodes.UsageError;
            default:
                error.WriteLine(creation.Problem);
                return ExitCodes.OutputFailed;
        }
    }
}
