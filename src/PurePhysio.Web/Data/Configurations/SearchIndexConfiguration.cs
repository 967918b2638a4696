using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(SearchDocument.TitleMaxLength);
        builder.Property(d => d.Fingerprint).HasMaxLength(SearchDocument.FingerprintLength).IsFixedLength();
        builder.HasIndex(d => new { d.Kind, d.SourceId }).IsUnique();

        // Each query reads every document's shape (kind, source, lengths): from this index, never the large Text rows.
        builder.HasIndex(d => new { d.Kind, d.SourceId, d.SummaryLength, d.BodyLength });
        builder.HasMany(d => d.Postings).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SearchPostingConfiguration : IEntityTypeConfiguration<SearchPosting>
{
    public void Configure(EntityTypeBuilder<SearchPosting> builder)
    {
        builder.HasKey(p => new { p.DocumentId, p.Field, p.Term });
        builder.Property(p => p.Term).HasMaxLength(SearchPosting.TermMaxLength);
        builder.Property(p => p.Word).HasMaxLength(PurePhysio.Web.Features.Search.TextAnalyzer.MaxTermLength);

        // The lookup a query makes: every posting of a term, with the fields it needs (covering on SQL Server).
        builder.HasIndex(p => new { p.Term, p.Field, p.DocumentId, p.Count });
    }
}

internal sealed class SearchSynonymGroupConfiguration : IEntityTypeConfiguration<SearchSynonymGroup>
{
    public void Configure(EntityTypeBuilder<SearchSynonymGroup> builder) =>
        builder.Property(g => g.Terms).HasMaxLength(SearchSynonymGroup.TermsMaxLength);
}

internal sealed class SearchIndexStateConfiguration : IEntityTypeConfiguration<SearchIndexState>
{
    public void Configure(EntityTypeBuilder<SearchIndexState> builder) =>
        builder.Property(s => s.Id).ValueGeneratedNever();
}
