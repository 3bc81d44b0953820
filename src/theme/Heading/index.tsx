import React, {type ComponentProps, type ComponentType, type ReactNode} from 'react';
import OriginalHeading from '@theme-original/Heading';
import type {Props} from '@theme/Heading';
import CopySectionLink from './CopySectionLink';

type Level = Exclude<Props['as'], 'h1'>;
type TagProps = ComponentProps<Level>;

// The original renders <As …>{children}<a class="hash-link">#</a></As>. We hand it, as `As`, a
// tag that appends our button: the button then sits after the `#`, and `children` stays the
// plain heading text, which the original needs to name its `#` link ("Direct link to …").
const tagsWithButton = new Map<Level, ComponentType<TagProps>>();
function tagWithButton(level: Level): ComponentType<TagProps> {
  let Tag = tagsWithButton.get(level);
  if (!Tag) {
    const As = level;
    Tag = function HeadingWithCopyButton({children, ...rest}: TagProps) {
      return (
        <As {...rest}>
          {children}
          {rest.id ? <CopySectionLink id={rest.id} /> : null}
        </As>
      );
    };
    tagsWithButton.set(level, Tag);
  }
  return Tag;
}

/** Docusaurus's heading, plus a button that copies a link to it (h2–h6 with an id). */
export default function Heading(props: Props): ReactNode {
  if (props.as === 'h1' || !props.id) return <OriginalHeading {...props} />;
  return <OriginalHeading {...props} as={tagWithButton(props.as)} />;
}
