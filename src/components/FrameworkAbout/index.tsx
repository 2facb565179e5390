import { getFramework } from '@site/src/data';

interface Props {
  /** Framework id; an unknown id throws. */
  framework: string;
}

/** What a framework is and where it comes from, with dated source links. */
export default function FrameworkAbout({ framework: id }: Props) {
  const framework = getFramework(id);
  return (
    <>
      <p>
        <strong>{framework.fullName}.</strong> {framework.about}
      </p>
      <p>
        Source{framework.sources.length > 1 ? 's' : ''}:{' '}
        {framework.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 && '; '}
            <a href={source.url}>{source.title}</a> ({source.published})
          </span>
        ))}
        .
      </p>
    </>
  );
}
