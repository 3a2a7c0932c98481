/**
 * A list of short texts (微信号, phone numbers, nicknames, links) as separate inputs with add/remove,
 * so nothing depends on pressing Enter in a tag box: whatever is typed is saved.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import type { Rule } from 'antd/es/form/index.js';

interface Props {
  name: string;
  label: string;
  addText: string;
  removeText: string;
  placeholder?: string;
  rules?: Rule[];
  inputMode?: 'text' | 'tel' | 'url';
  mono?: boolean;
}

export function TextListField({
  name,
  label,
  addText,
  removeText,
  placeholder,
  rules,
  inputMode,
  mono,
}: Props) {
  return (
    <Form.Item label={label} required={false}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: '100%' }} size={4}>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" style={{ width: '100%' }} className="list-field-row">
                <Form.Item name={field.name} style={{ marginBottom: 0 }} rules={rules ?? []}>
                  <Input
                    aria-label={`${label} ${i + 1}`}
                    placeholder={placeholder}
                    inputMode={inputMode}
                    className={mono ? 'mono' : undefined}
                    maxLength={500}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={`${removeText} ${label} ${i + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
              {addText}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
