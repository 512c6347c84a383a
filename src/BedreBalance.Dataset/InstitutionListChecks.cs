using BedreBalance.Domain;
using BedreBalance.Domain.Register;

namespace BedreBalance.Dataset;

/// <summary>The institutions' lists of municipalities in tabel2.csv and tabel3.csv.</summary>
internal static class InstitutionListChecks
{
    /// <summary>One table of institutions with lists (tabel2.csv or tabel3.csv): each institution once, each listed municipality known, by its short name, once.</summary>
    public static void Check(
        IReadOnlyList<(string Institution, IReadOnlyList<ListedMunicipality> Municipalities, SourceLocation Source)> rows,
        MunicipalityRegister register,
        List<Diagnostic> diagnostics)
    {
        var seenInstitutions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var suggestions = new DatasetValidator.Suggestions(register, officialNames: false);
        foreach (var (institution, municipalities, source) in rows)
        {
            if (!seenInstitutions.TryAdd(institution, source))
            {
                diagnostics.Add(Diagnostic.Error(source, FollowUpReader.Columns.Institution,
                    DatasetText.Format("InstitutionTwice", institution, DatasetText.LineOrRow(seenInstitutions[institution]))));
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var listed in municipalities)
            {
                var match = register.Resolve(listed.Name);
                if (match is null)
                {
                    diagnostics.Add(Diagnostic.Error(listed.Source, FollowUpReader.Columns.Municipalities,
                        DatasetText.Format("NotAMunicipalityListed", listed.Name, institution) + suggestions.DidYouMean(listed.Name)));
                    continue;
                }
                if (match.Form != NameForm.Short)
                {
                    // The lists print short names ("Bornholm, Herning og Aalborg"); a full name among them would be a misprint.
                    diagnostics.Add(Diagnostic.Error(listed.Source, FollowUpReader.Columns.Municipalities,
                        DatasetText.Format("FullNameInList", listed.Name, institution, match.Municipality.ShortName)));
                }
                if (!seen.Add(match.Municipality.Code))
                {
                    diagnostics.Add(Diagnostic.Error(listed.Source, FollowUpReader.Columns.Municipalities,
                        DatasetText.Format("ListedTwiceFor", match.Municipality.ShortName, institution)));
                }
            }
        }
    }
}
